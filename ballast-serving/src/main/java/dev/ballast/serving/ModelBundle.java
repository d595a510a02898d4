package dev.ballast.serving;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ballast.encoders.EncoderSpec;
import dev.ballast.heads.MultiTaskNetwork;
import dev.ballast.heads.Standardizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Everything {@code predict} and {@code evaluate} need, in one file: encoder spec, input
 * standardisation, network weights, tasks with label domains and decision stage, provenance
 * (config, seeds, data hashes, versions, skipped rows). Stored as a zip holding {@code model.json}.
 */
public record ModelBundle(int formatVersion, EncoderSpec encoder, Standardizer standardizer,
    MultiTaskNetwork network, List<TaskModel> tasks, Map<String, Object> provenance) {

  public static final int FORMAT_VERSION = 1;
  private static final String ENTRY = "model.json";
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public ModelBundle {
    tasks = List.copyOf(tasks);
    provenance = Map.copyOf(provenance);
    if (tasks.size() != network.heads().size()) {
      throw new IllegalArgumentException(tasks.size() + " tasks but " + network.heads().size()
          + " heads");
    }
    for (int i = 0; i < tasks.size(); i++) {
      if (!tasks.get(i).name().equals(network.heads().get(i).task())
          || tasks.get(i).labels().size() != network.heads().get(i).layer().outputs()) {
        throw new IllegalArgumentException("task " + tasks.get(i).name() + " does not match head "
            + network.heads().get(i).task());
      }
    }
  }

  public void save(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = parent.resolve(file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(ENTRY));
      zip.write(JSON.writeValueAsBytes(this));
      zip.closeEntry();
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  public static ModelBundle load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("model " + file + " does not exist; train one with `ballast train`");
    }
    try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals(ENTRY)) {
          ModelBundle b = JSON.readValue(zip.readAllBytes(), ModelBundle.class);
          if (b.formatVersion() > FORMAT_VERSION) {
            throw new IOException("model " + file + " has format version " + b.formatVersion()
                + ", newer than this release reads (" + FORMAT_VERSION + "); upgrade Ballast");
          }
          return b;
        }
      }
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException("model " + file + " is damaged: " + e.getOriginalMessage(), e);
    }
    throw new IOException("model " + file + " is not a Ballast model (no " + ENTRY + " inside)");
  }
}
