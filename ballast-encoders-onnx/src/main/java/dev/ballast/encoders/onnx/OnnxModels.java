package dev.ballast.encoders.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Opening sessions and hashing model files; ONNX Runtime loads only when a model is opened. */
final class OnnxModels {
  private OnnxModels() {}

  /**
   * A session with one intra-op thread: callers such as {@code EmbeddingExtractor} run clips in
   * parallel, and {@link OrtSession#run} is safe to call from many threads at once.
   */
  static OrtSession open(Path model) {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      return OrtEnvironment.getEnvironment().createSession(model.toString(), options);
    } catch (OrtException e) {
      throw new IllegalArgumentException("cannot load ONNX model " + model + ": " + e.getMessage()
          + "; check that the file is a complete .onnx model", e);
    }
  }

  /** Lower-case hex SHA-256 of a file. */
  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0;) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
