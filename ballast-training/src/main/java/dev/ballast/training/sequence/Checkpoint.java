package dev.ballast.training.sequence;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballast.training.EpochLog;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a training run needs to continue after an interruption exactly as if it had not
 * stopped: the model state, the optimiser's moments and step count, the early-stopping state
 * (best epoch, its score and its model state) and the epoch log. Written after every epoch,
 * atomically (temporary file, then rename).
 *
 * @param fingerprint SHA-256 of configuration and data; a run only resumes from its own
 * @param epoch the last completed epoch (1-based)
 */
public record Checkpoint(String fingerprint, int epoch, long optimizerSteps, int bestEpoch,
    double bestMacroF1, double bestLoss, List<EpochLog> history, Map<String, float[]> model,
    Map<String, float[]> optimizer, Map<String, float[]> bestModel) {

  private static final int MAGIC = 0x42414C43; // "BALC"
  private static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  public Checkpoint {
    history = List.copyOf(history);
  }

  /** The metadata part, stored as JSON at the head of the file. */
  private record Meta(String fingerprint, int epoch, long optimizerSteps, int bestEpoch,
      double bestMacroF1, double bestLoss, List<EpochLog> history) {}

  public void save(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve(file.getFileName() + ".tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
        Files.newOutputStream(tmp), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      byte[] meta = JSON.writeValueAsBytes(new Meta(fingerprint, epoch, optimizerSteps, bestEpoch,
          bestMacroF1, bestLoss, history));
      out.writeInt(meta.length);
      out.write(meta);
      writeTensors(out, model);
      writeTensors(out, optimizer);
      writeTensors(out, bestModel);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public static Checkpoint load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no checkpoint at " + file + "; train without --resume first");
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(file + " is not a Ballast checkpoint");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException("checkpoint " + file + " has version " + version + "; this release "
            + "reads version " + VERSION + "; train again without --resume");
      }
      byte[] metaBytes = new byte[in.readInt()];
      in.readFully(metaBytes);
      Meta meta = JSON.readValue(metaBytes, Meta.class);
      return new Checkpoint(meta.fingerprint(), meta.epoch(), meta.optimizerSteps(),
          meta.bestEpoch(), meta.bestMacroF1(), meta.bestLoss(), meta.history(),
          readTensors(in), readTensors(in), readTensors(in));
    } catch (EOFException e) {
      throw new IOException("checkpoint " + file + " is truncated; train again without --resume",
          e);
    }
  }

  private static void writeTensors(DataOutputStream out, Map<String, float[]> tensors)
      throws IOException {
    out.writeInt(tensors.size());
    for (Map.Entry<String, float[]> e : tensors.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue().length);
      for (float v : e.getValue()) {
        out.writeFloat(v);
      }
    }
  }

  private static Map<String, float[]> readTensors(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, float[]> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String name = in.readUTF();
      float[] v = new float[in.readInt()];
      for (int k = 0; k < v.length; k++) {
        v[k] = in.readFloat();
      }
      out.put(name, v);
    }
    return out;
  }
}
