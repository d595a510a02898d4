package dev.ballast.serving;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.EncoderSpec;
import dev.ballast.encoders.Encoders;
import dev.ballast.encoders.TrainedWeights;
import dev.ballast.heads.GroupNormalizer;
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
 *
 * @param trainedEncoder the weights of an encoder trained with the heads ({@code scratch-tdnn}, or
 *     the learned pooling over a pretrained model's layers), or null when {@code encoder} names a
 *     fixed, registered encoder
 * @param groupNormalizer speaker (group) normalisation applied before {@code standardizer}, or null
 *     when the model takes each clip on its own
 */
public record ModelBundle(int formatVersion, EncoderSpec encoder, Standardizer standardizer,
    MultiTaskNetwork network, List<TaskModel> tasks, Map<String, Object> provenance,
    @JsonInclude(JsonInclude.Include.NON_NULL) TrainedWeights trainedEncoder,
    @JsonInclude(JsonInclude.Include.NON_NULL) GroupNormalizer groupNormalizer) {

  /** Format of models whose encoder is a registered one. */
  public static final int FORMAT_VERSION = 1;
  /** Format of models that carry a trained encoder. */
  public static final int TRAINED_ENCODER_FORMAT_VERSION = 2;
  /** Format of models with speaker (group) normalisation; the newest this release reads. */
  public static final int GROUP_NORMALIZED_FORMAT_VERSION = 3;
  private static final String ENTRY = "model.json";
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public ModelBundle {
    tasks = List.copyOf(tasks);
    if (trainedEncoder != null && formatVersion < TRAINED_ENCODER_FORMAT_VERSION) {
      throw new IllegalArgumentException("a model with a trained encoder has format version "
          + TRAINED_ENCODER_FORMAT_VERSION + ", got " + formatVersion);
    }
    if (groupNormalizer != null) {
      if (formatVersion < GROUP_NORMALIZED_FORMAT_VERSION) {
        throw new IllegalArgumentException("a model with group normalisation has format version "
            + GROUP_NORMALIZED_FORMAT_VERSION + ", got " + formatVersion);
      }
      if (groupNormalizer.outputDimension() != standardizer.mean().length) {
        throw new IllegalArgumentException("group normaliser gives "
            + groupNormalizer.outputDimension() + " dimensions but the standardiser takes "
            + standardizer.mean().length);
      }
    }
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

  /** A model over a registered encoder. */
  public ModelBundle(int formatVersion, EncoderSpec encoder, Standardizer standardizer,
      MultiTaskNetwork network, List<TaskModel> tasks, Map<String, Object> provenance) {
    this(formatVersion, encoder, standardizer, network, tasks, provenance, null, null);
  }

  /** A model over a registered or trained encoder, without group normalisation. */
  public ModelBundle(int formatVersion, EncoderSpec encoder, Standardizer standardizer,
      MultiTaskNetwork network, List<TaskModel> tasks, Map<String, Object> provenance,
      TrainedWeights trainedEncoder) {
    this(formatVersion, encoder, standardizer, network, tasks, provenance, trainedEncoder, null);
  }

  /** Dimensions of the encoder's embedding this model takes. */
  public int embeddingDimension() {
    return groupNormalizer != null ? groupNormalizer.inputDimension() : standardizer.mean().length;
  }

  /** The encoder this model was trained on: the trained one if any, else the registered one. */
  public Encoder createEncoder() {
    return trainedEncoder != null ? trainedEncoder.createEncoder() : Encoders.create(encoder);
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
          if (b.formatVersion() > GROUP_NORMALIZED_FORMAT_VERSION) {
            throw new IOException("model " + file + " has format version " + b.formatVersion()
                + ", newer than this release reads (" + GROUP_NORMALIZED_FORMAT_VERSION
                + "); upgrade Ballast");
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
