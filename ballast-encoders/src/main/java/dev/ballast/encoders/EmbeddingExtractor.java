package dev.ballast.encoders;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioDecodeException;
import dev.ballast.audio.AudioReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decodes, cuts, converts and encodes many clips in parallel, through the feature cache. A row
 * that fails is recorded and skipped; with {@code strict} the first failure is thrown instead.
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
    AudioClip clip = reader.read(request.path(), request.startSec(), request.endSec(),
        encoder.sampleRateHz());
    try {
      return encoder.encode(clip);
    } catch (IllegalArgumentException e) {
      throw new AudioDecodeException(request.path(), e.getMessage(), e);
    }
  }

  public Extraction extract(List<ClipRequest> requests, ProgressListener progress, boolean strict)
      throws AudioDecodeException {
    int n = requests.size();
    List<Optional<float[]>> out = new ArrayList<>(java.util.Collections.nCopies(n, Optional.empty()));
    List<Extraction.Failure> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    AtomicInteger hits = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ballast-extract");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          ClipRequest req = requests.get(index);
          try {
            out.set(index, Optional.of(one(req, hits)));
          } catch (AudioDecodeException e) {
            failures.add(new Extraction.Failure(index, req, e.getMessage()));
            if (strict) {
              throw e;
            }
          } finally {
            progress.progress(done.incrementAndGet(), n);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof AudioDecodeException) {
            throw (AudioDecodeException) e.getCause();
          }
          throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during extraction", e);
    } finally {
      pool.shutdownNow();
    }
    List<Extraction.Failure> sorted = new ArrayList<>(failures);
    sorted.sort(Comparator.comparingInt(Extraction.Failure::index));
    return new Extraction(out, sorted, hits.get());
  }

  private float[] one(ClipRequest req, AtomicInteger hits) throws AudioDecodeException {
    if (cache.isEmpty() || !java.nio.file.Files.isRegularFile(req.path())) {
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
