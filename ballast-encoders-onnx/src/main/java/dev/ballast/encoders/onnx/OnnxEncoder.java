package dev.ballast.encoders.onnx;

import dev.ballast.audio.AudioClip;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.EncoderFactory;
import dev.ballast.encoders.EncoderSpec;
import dev.ballast.encoders.Encoders;
import dev.ballast.encoders.learned.LayerFrameFactory;
import dev.ballast.encoders.learned.LayerFrameSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a user-supplied ONNX model described by an {@link OnnxEncoderConfig} in
 * {@code <model>.json} with a fixed pooling ({@code mean} or {@code mean+std}). Long clips go
 * through in overlapping windows of at most {@code windowSec}; the frame outputs of all windows
 * are joined (each window keeps the frames up to the middle of its overlaps, see
 * {@link WindowPlan}) and pooled per output; the pooled outputs are concatenated in config order.
 * Configs with a learned pooling give frames instead ({@link OnnxLayerFrames}) and are trained
 * with the heads.
 *
 * <p>Layout: for each output, all means then (with {@code mean+std}) all standard deviations.
 * The spec holds the model path and the SHA-256 of the model and its config, so the feature cache
 * key changes when either does.
 */
public final class OnnxEncoder implements Encoder {
  public static final String NAME = "onnx";
  static final Set<String> SETTINGS = Set.of("model", "sha256", "configSha256");

  private final OnnxRunner runner;
  private final EncoderSpec spec;
  private final List<String> names;

  /**
   * Loads {@code model} and its {@code .json} config.
   *
   * @throws IllegalArgumentException if either file is missing or invalid, the config does not
   *     match the model's inputs and outputs, or its pooling is learned
   */
  public static OnnxEncoder load(Path model) {
    return new OnnxEncoder(OnnxRunner.load(model));
  }

  private OnnxEncoder(OnnxRunner runner) {
    Pooling pooling = runner.config().pooling();
    if (pooling.learned().isPresent()) {
      runner.closeQuietly();
      throw new IllegalArgumentException("pooling '" + pooling.configName() + "' in "
          + OnnxEncoderConfig.configPathFor(runner.model()) + " is trained with the heads, so "
          + "this encoder has no embedding before training; train a model with `ballast train "
          + "--encoder " + NAME + "{model=" + runner.model() + "}` and predict with that model, "
          + "or set pooling to mean or mean+std for a fixed embedding");
    }
    this.runner = runner;
    this.spec = new EncoderSpec(NAME, runner.specSettings());
    List<String> n = new ArrayList<>();
    List<String> outputs = runner.outputs();
    for (int o = 0; o < outputs.size(); o++) {
      for (String stat : pooling.statistics()) {
        for (int d = 0; d < runner.dim(o); d++) {
          n.add(outputs.get(o) + "_" + d + "_" + stat);
        }
      }
    }
    this.names = List.copyOf(n);
  }

  public OnnxEncoderConfig config() {
    return runner.config();
  }

  /** The outputs pooled, in embedding order. */
  public List<String> outputs() {
    return runner.outputs();
  }

  @Override
  public EncoderSpec spec() {
    return spec;
  }

  @Override
  public int sampleRateHz() {
    return runner.config().sampleRateHz();
  }

  @Override
  public int dimension() {
    return names.size();
  }

  @Override
  public List<String> featureNames() {
    return names;
  }

  @Override
  public float[] encode(AudioClip clip) {
    Encoder.requireRate(this, clip);
    List<List<float[]>> frames = runner.frames(clip);
    Pooling pooling = runner.config().pooling();
    float[] out = new float[names.size()];
    int at = 0;
    for (int o = 0; o < frames.size(); o++) {
      pooling.pool(frames.get(o), runner.dim(o), out, at);
      at += runner.dim(o) * pooling.factor();
    }
    return out;
  }

  /** In place: zero mean, unit variance (population variance plus a small floor). */
  static void normaliseColumn(float[] x) {
    OnnxRunner.normaliseColumn(x);
  }

  /**
   * Registers {@code onnx}: settings {@code model} (required), {@code sha256}, {@code
   * configSha256}. Fixed poolings give an {@link OnnxEncoder}; learned ones give frames for
   * training ({@link #createFrames}) and are refused for plain embedding use.
   */
  public static final class Factory implements EncoderFactory, LayerFrameFactory {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "a user-supplied ONNX model (model=/path/to/model.onnx, config in model.json next to"
          + " it): windows with overlap, mean or mean+std pooling, or attentive / weighted-layers"
          + " pooling trained with the heads";
    }

    @Override
    public Encoder create(Map<String, String> settings) {
      if (settings.containsKey(OnnxLayerFrames.WEIGHTS_SETTING)) {
        throw new IllegalArgumentException("encoder " + NAME + " with "
            + OnnxLayerFrames.WEIGHTS_SETTING + " pools with weights trained with the heads, "
            + "which only its model holds; load that model (ballast predict/evaluate --model) "
            + "instead of creating the encoder by name");
      }
      OnnxRunner runner = runner(settings, SETTINGS);
      return new OnnxEncoder(runner);
    }

    @Override
    public boolean learnsPooling(Map<String, String> settings) {
      Encoders.requireKnownSettings(NAME, settings, SETTINGS);
      Path model = Path.of(requireModel(settings)).toAbsolutePath().normalize();
      return OnnxEncoderConfig.readFor(model).pooling().learned().isPresent();
    }

    @Override
    public LayerFrameSource createFrames(Map<String, String> settings) {
      return new OnnxLayerFrames(runner(settings, SETTINGS));
    }

    private static OnnxRunner runner(Map<String, String> settings, Set<String> known) {
      Encoders.requireKnownSettings(NAME, settings, known);
      OnnxRunner runner = OnnxRunner.load(Path.of(requireModel(settings)));
      runner.requireUnchanged(settings);
      return runner;
    }

    private static String requireModel(Map<String, String> settings) {
      String path = settings.get("model");
      if (path == null) {
        throw new IllegalArgumentException("encoder " + NAME
            + " needs the setting model=/path/to/model.onnx (with model.json next to it)");
      }
      return path;
    }
  }
}
