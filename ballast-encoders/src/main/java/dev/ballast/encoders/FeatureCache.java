package dev.ballast.encoders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Embeddings on disk, keyed by the audio file's content (SHA-256), the segment and the encoder
 * spec, so re-training on the same data does not extract again. Entries are written atomically;
 * a damaged entry is treated as absent.
 */
public final class FeatureCache {
  private static final int MAGIC = 0x42414c31; // "BAL1"
  private final Path dir;
  private final Map<String, String> contentHashes = new ConcurrentHashMap<>();

  public FeatureCache(Path dir) {
    this.dir = dir;
  }

  /** {@code $BALLAST_CACHE}, else {@code ~/.cache/ballast/features}. */
  public static Path defaultDir() {
    String env = System.getenv("BALLAST_CACHE");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "ballast", "features");
  }

  public Path dir() {
    return dir;
  }

  /**
   * The cache key of one request, reading (and memoising) the files' content hashes. A plain
   * request's key is content, segment and encoder; appended segments and the augmentation (chain
   * and seed) are added to it, so every augmented copy has its own entry.
   */
  public String key(ClipRequest request, EncoderSpec spec) throws IOException {
    StringBuilder k = new StringBuilder(contentHash(request.path())).append('|')
        .append(request.startSec()).append('|').append(request.endSec()).append('|')
        .append(spec.key());
    for (ClipRequest.Segment s : request.appended()) {
      k.append("|+").append(contentHash(s.path())).append('|').append(s.startSec()).append('|')
          .append(s.endSec());
    }
    request.augmentation().ifPresent(a -> k.append("|aug=").append(a.chain()).append("|seed=")
        .append(a.seed()));
    return sha256(k.toString().getBytes(StandardCharsets.UTF_8));
  }

  private String contentHash(Path file) throws IOException {
    Path p = file.toAbsolutePath().normalize();
    String stamp = p + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
    String content = contentHashes.get(stamp);
    if (content == null) {
      content = sha256(Files.readAllBytes(p));
      contentHashes.put(stamp, content);
    }
    return content;
  }

  public Optional<float[]> get(String key) {
    Path f = file(key);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(f)).order(ByteOrder.LITTLE_ENDIAN);
      if (b.remaining() < 8 || b.getInt() != MAGIC) {
        return Optional.empty();
      }
      int n = b.getInt();
      if (n < 0 || b.remaining() != 4L * n) {
        return Optional.empty();
      }
      float[] v = new float[n];
      b.asFloatBuffer().get(v);
      return Optional.of(v);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public void put(String key, float[] embedding) {
    Path f = file(key);
    try {
      Files.createDirectories(f.getParent());
      ByteBuffer b = ByteBuffer.allocate(8 + 4 * embedding.length).order(ByteOrder.LITTLE_ENDIAN);
      b.putInt(MAGIC).putInt(embedding.length);
      b.asFloatBuffer().put(embedding);
      Path tmp = Files.createTempFile(f.getParent(), key, ".tmp");
      Files.write(tmp, b.array());
      try {
        Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write feature cache entry " + f
          + "; check that the cache folder is writable or pass --no-cache", e);
    }
  }

  private Path file(String key) {
    return dir.resolve(key.substring(0, 2)).resolve(key + ".f32");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
