package dev.ballast.encoders;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioDecodeException;
import dev.ballast.audio.AudioReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decodes, cuts, converts, joins and augments (as each {@link ClipRequest} asks) and encodes many
 * clips in parallel, through the feature cache. A row that fails is recorded and skipped; with
 * {@code strict} the first failure is thrown instead.
 */
public final class EmbeddingExtractor {
  private final AudioReader reader;
  private final Encoder encoder;
  private final Optional<FeatureCache> cache;
  private final int threads;

  public EmbeddingExtractor(AudioReader reader, Encoder encoder, Optional<FeatureCache> cache,
      int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.reader = reader;
    this.encoder = encoder;
    this.cache = cache;
    this.threads = threads;
  }

  public Encoder encoder() {
    return encoder;
  }

  /** Encodes one clip, bypassing the cache; failures name the file and the cause. */
  public float[] encode(ClipRequest request) throws AudioDecodeException {
    AudioClip clip = read(request);
    try {
      return encoder.encode(clip);
    } catch (IllegalArgumentException e) {
      throw new AudioDecodeException(request.path(), e.getMessage(), e);
    }
  }

  /**
   * The clip a request describes at the encoder's rate: its segment, then every appended segment
   * joined end to end, then the augmentation (seeded by the request) on the joined clip.
   */
  public AudioClip read(ClipRequest request) throws AudioDecodeException {
    int rateHz = encoder.sampleRateHz();
    AudioClip clip = reader.read(request.path(), request.startSec(), request.endSec(), rateHz);
    if (!request.appended().isEmpty()) {
      List<float[]> parts = new ArrayList<>();
      parts.add(clip.samples());
      for (ClipRequest.Segment s : request.appended()) {
        parts.add(reader.read(s.path(), s.startSec(), s.endSec(), rateHz).samples());
      }
      float[] joined = new float[parts.stream().mapToInt(p -> p.length).sum()];
      int at = 0;
      for (float[] p : parts) {
        System.arraycopy(p, 0, joined, at, p.length);
        at += p.length;
      }
      clip = new AudioClip(joined, rateHz);
    }
    if (request.augmentation().isPresent()) {
      AugmentationSpec a = request.augmentation().get();
      try {
        clip = a.parsed().apply(clip, a.seed());
      } catch (IllegalArgumentException e) {
        throw new AudioDecodeException(request.path(), e.getMessage(), e);
      }
    }
    return clip;
  }

  public Extraction extract(List<ClipRequest> requests, ProgressListener progress, boolean strict)
      throws AudioDecodeException {
    AtomicInteger hits = new AtomicInteger();
    ParallelRows.Result<float[]> r = ParallelRows.run(requests, threads, "ballast-extract",
        progress, strict, req -> one(req, hits));
    return new Extraction(r.values(), r.failures(), hits.get());
  }

  private float[] one(ClipRequest req, AtomicInteger hits) throws AudioDecodeException {
    boolean filesExist = java.nio.file.Files.isRegularFile(req.path()) && req.appended().stream()
        .allMatch(seg -> java.nio.file.Files.isRegularFile(seg.path()));
    if (cache.isEmpty() || !filesExist) {
      return encode(req); // a missing file fails in the reader, with its standard message
    }
    String key;
    try {
      key = cache.get().key(req, encoder.spec());
    } catch (IOException e) {
      throw new AudioDecodeException(req.path(), "cannot read: " + e.getMessage(), e);
    }
    Optional<float[]> cached = cache.get().get(key);
    if (cached.isPresent() && cached.get().length == encoder.dimension()) {
      hits.incrementAndGet();
      return cached.get();
    }
    float[] v = encode(req);
    cache.get().put(key, v);
    return v;
  }
}
