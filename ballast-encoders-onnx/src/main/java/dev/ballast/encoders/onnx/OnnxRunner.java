package dev.ballast.encoders.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.ballast.audio.AudioClip;
import dev.ballast.features.FbankOptions;
import dev.ballast.features.KaldiFbank;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a user-supplied ONNX model as its {@link OnnxEncoderConfig} says: prepares the input
 * (waveform or fbank, normalised), cuts long clips into overlapping windows ({@link WindowPlan})
 * and joins the frame outputs of all windows, each window keeping the frames up to the middle of
 * its overlaps. Thread-safe.
 */
final class OnnxRunner {
  private final Path model;
  private final OnnxEncoderConfig config;
  private final OrtSession session;
  private final String inputName;
  private final List<String> outputs;
  private final int[] outputDims;
  private final Map<String, String> spec;

  /**
   * Loads {@code model} and its {@code .json} config.
   *
   * @throws IllegalArgumentException if either file is missing or invalid, or the config does not
   *     match the model's inputs and outputs
   */
  static OnnxRunner load(Path model) {
    Path abs = model.toAbsolutePath().normalize();
    if (!Files.isRegularFile(abs)) {
      throw new IllegalArgumentException("ONNX model " + abs + " does not exist; set "
          + OnnxEncoder.NAME + " model=/path/to/model.onnx");
    }
    String key = abs.toString();
    if (key.contains(",") || key.contains("{") || key.contains("}")) {
      throw new IllegalArgumentException("model path " + abs + " contains ',', '{' or '}', which "
          + "encoder specs cannot store; move or rename the model");
    }
    return new OnnxRunner(abs, OnnxEncoderConfig.readFor(abs));
  }

  private OnnxRunner(Path model, OnnxEncoderConfig config) {
    this.model = model;
    this.config = config;
    this.session = OnnxModels.open(model);
    try {
      this.inputName = resolveInput();
      this.outputs = resolveOutputs();
      this.outputDims = resolveDims();
    } catch (RuntimeException e) {
      closeQuietly();
      throw e;
    }
    this.spec = Map.of("model", model.toString(), "sha256", OnnxModels.sha256(model),
        "configSha256", OnnxModels.sha256(OnnxEncoderConfig.configPathFor(model)));
  }

  Path model() {
    return model;
  }

  OnnxEncoderConfig config() {
    return config;
  }

  /** The outputs used, in config order. */
  List<String> outputs() {
    return outputs;
  }

  /** Width of each output. */
  int dim(int output) {
    return outputDims[output];
  }

  /** Spec settings: model path, {@code sha256} of the model, {@code configSha256}. */
  Map<String, String> specSettings() {
    return spec;
  }

  /**
   * Refuses stored {@code sha256} / {@code configSha256} settings that differ from the files now
   * on disk (and closes the session).
   */
  void requireUnchanged(Map<String, String> settings) {
    for (String key : List.of("sha256", "configSha256")) {
      String want = settings.get(key);
      String have = spec.get(key);
      if (want != null && !want.equals(have)) {
        String file = key.equals("sha256") ? model.toString()
            : OnnxEncoderConfig.configPathFor(model).toString();
        closeQuietly();
        throw new IllegalArgumentException(file + " changed since this encoder spec was stored: "
            + key + " expected " + want + ", found " + have
            + "; restore the original file or re-extract features and retrain");
      }
    }
  }

  /**
   * The frames of every output over the whole clip, {@code [output] -> list of float[dim]}, in
   * time order; a {@code [1, dim]} output gives one vector per window.
   */
  List<List<float[]>> frames(AudioClip clip) {
    Input input = prepare(clip);
    WindowPlan plan = WindowPlan.of(input.length(), input.windowUnits, input.overlapUnits);
    List<List<float[]>> frames = new ArrayList<>();
    outputs.forEach(o -> frames.add(new ArrayList<>()));
    for (int k = 0; k < plan.count(); k++) {
      List<float[][]> got = run(input, plan.start(k), plan.end(k));
      for (int o = 0; o < outputs.size(); o++) {
        float[][] perOutput = got.get(o);
        for (int i = 0; i < perOutput.length; i++) {
          if (plan.owns(k, i, perOutput.length)) {
            frames.get(o).add(perOutput[i]);
          }
        }
      }
    }
    return frames;
  }

  /** The model input for one clip: samples ({@code wave}) or fbank frames ({@code fbank}). */
  private record Input(float[] wave, float[][] fbank, int windowUnits, int overlapUnits) {
    int length() {
      return wave != null ? wave.length : fbank.length;
    }
  }

  private Input prepare(AudioClip clip) {
    if (clip.length() == 0) {
      throw new IllegalArgumentException("clip is empty; " + OnnxEncoder.NAME
          + " needs at least one sample");
    }
    boolean normalise = config.normalisation() == Normalisation.ZERO_MEAN_UNIT_VAR;
    if (config.inputKind() == InputKind.WAVEFORM) {
      float[] x = clip.samples().clone();
      if (normalise) {
        normaliseColumn(x);
      }
      return new Input(x, null, toUnits(config.windowSec(), config.sampleRateHz()),
          toUnits(config.overlapSec(), config.sampleRateHz()));
    }
    FbankOptions options = FbankOptions.kaldiDefaults(config.sampleRateHz(),
        config.numMelBins().getAsInt());
    int count = options.numFrames(clip.length());
    if (count == 0) {
      throw new IllegalArgumentException("clip too short to encode: " + clip.durationSec()
          + " s gives no fbank frame; " + OnnxEncoder.NAME + " with fbank input needs at least "
          + options.frameLengthMs() / 1000 + " s");
    }
    float[][] fbank = new KaldiFbank(options).compute(clip);
    if (normalise) {
      float[] column = new float[fbank.length];
      for (int b = 0; b < options.numMelBins(); b++) {
        for (int f = 0; f < fbank.length; f++) {
          column[f] = fbank[f][b];
        }
        normaliseColumn(column);
        for (int f = 0; f < fbank.length; f++) {
          fbank[f][b] = column[f];
        }
      }
    }
    double framesPerSec = 1000.0 / options.frameShiftMs();
    return new Input(null, fbank, toUnits(config.windowSec(), framesPerSec),
        toUnits(config.overlapSec(), framesPerSec));
  }

  private static int toUnits(double sec, double unitsPerSec) {
    return (int) Math.round(sec * unitsPerSec);
  }

  /** In place: zero mean, unit variance (population variance plus a small floor). */
  static void normaliseColumn(float[] x) {
    double sum = 0;
    for (float v : x) {
      sum += v;
    }
    double mean = sum / x.length;
    double sq = 0;
    for (float v : x) {
      sq += (v - mean) * (v - mean);
    }
    double scale = 1 / Math.sqrt(sq / x.length + Normalisation.VARIANCE_FLOOR);
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) ((x[i] - mean) * scale);
    }
  }

  /** Reads what one run returned; may throw what ONNX Runtime throws. */
  private interface ResultReader<T> {
    T read(OrtSession.Result result) throws OrtException;
  }

  /** Runs the model on units {@code [from, to)} of {@code input}. */
  private <T> T infer(Input input, int from, int to, ResultReader<T> reader) {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    int n = to - from;
    try (OnnxTensor tensor = input.wave != null
        ? OnnxTensor.createTensor(env, FloatBuffer.wrap(input.wave, from, n), new long[] {1, n})
        : OnnxTensor.createTensor(env, flatten(input.fbank, from, to),
            new long[] {1, n, input.fbank[0].length});
        OrtSession.Result result = session.run(Map.of(inputName, tensor),
            new LinkedHashSet<>(outputs))) {
      return reader.read(result);
    } catch (OrtException e) {
      String unit = input.wave != null ? " samples" : " fbank frames";
      throw new IllegalStateException("ONNX model " + model + " failed on a window of " + n + unit
          + ": " + e.getMessage() + "; check inputKind, windowSec and inputName in "
          + OnnxEncoderConfig.configPathFor(model), e);
    }
  }

  /** Runs one window; per output, {@code float[frame][dim]}. */
  private List<float[][]> run(Input input, int from, int to) {
    return infer(input, from, to, result -> {
      List<float[][]> out = new ArrayList<>();
      for (int o = 0; o < outputs.size(); o++) {
        OnnxTensor t = (OnnxTensor) result.get(outputs.get(o)).orElseThrow();
        out.add(frames(outputs.get(o), t.getInfo().getShape(), t.getFloatBuffer(), outputDims[o]));
      }
      return out;
    });
  }

  private static FloatBuffer flatten(float[][] frames, int from, int to) {
    int bins = frames[0].length;
    FloatBuffer buf = FloatBuffer.allocate((to - from) * bins);
    for (int f = from; f < to; f++) {
      buf.put(frames[f]);
    }
    return buf.flip();
  }

  private float[][] frames(String output, long[] shape, FloatBuffer data, int dim) {
    boolean frameOutput = shape.length == 3 && shape[0] == 1 && shape[2] == dim;
    boolean vectorOutput = shape.length == 2 && shape[0] == 1 && shape[1] == dim;
    if (!frameOutput && !vectorOutput) {
      throw new IllegalStateException("output '" + output + "' of " + model + " has shape "
          + Arrays.toString(shape) + "; expected [1, frames, " + dim + "] or [1, " + dim + "]");
    }
    int count = frameOutput ? (int) shape[1] : 1;
    float[][] out = new float[count][dim];
    for (float[] row : out) {
      data.get(row);
    }
    return out;
  }

  private String resolveInput() {
    Set<String> inputs = session.getInputNames();
    if (config.inputName().isPresent()) {
      String name = config.inputName().get();
      if (!inputs.contains(name)) {
        throw new IllegalArgumentException("model " + model + " has no input '" + name
            + "'; inputs: " + inputs + "; fix inputName in "
            + OnnxEncoderConfig.configPathFor(model));
      }
      return name;
    }
    if (inputs.size() != 1) {
      throw new IllegalArgumentException("model " + model + " has inputs " + inputs
          + "; set inputName in " + OnnxEncoderConfig.configPathFor(model));
    }
    return inputs.iterator().next();
  }

  private List<String> resolveOutputs() {
    List<String> available = new ArrayList<>(session.getOutputNames());
    if (config.outputs().isEmpty()) {
      return List.of(available.get(0));
    }
    for (String o : config.outputs()) {
      if (!available.contains(o)) {
        throw new IllegalArgumentException("model " + model + " has no output '" + o
            + "'; outputs: " + available + "; fix outputs in "
            + OnnxEncoderConfig.configPathFor(model));
      }
    }
    return config.outputs();
  }

  /** Output widths from the model's declared shapes, or from one run on silence if dynamic. */
  private int[] resolveDims() {
    int[] dims = new int[outputs.size()];
    boolean probe = false;
    try {
      Map<String, NodeInfo> info = session.getOutputInfo();
      for (int o = 0; o < outputs.size(); o++) {
        long[] shape = ((TensorInfo) info.get(outputs.get(o)).getInfo()).getShape();
        if (shape.length != 2 && shape.length != 3) {
          throw new IllegalArgumentException("output '" + outputs.get(o) + "' of " + model
              + " has rank " + shape.length + "; expected [1, frames, dim] or [1, dim]");
        }
        dims[o] = (int) shape[shape.length - 1];
        probe |= dims[o] <= 0;
      }
    } catch (OrtException | ClassCastException e) {
      throw new IllegalArgumentException("cannot read the outputs of " + model + ": " + e, e);
    }
    if (probe) {
      float[] silence = new float[toUnits(config.windowSec(), config.sampleRateHz())];
      Input input = prepare(new AudioClip(silence, config.sampleRateHz()));
      infer(input, 0, input.length(), result -> {
        for (int o = 0; o < outputs.size(); o++) {
          long[] shape = ((OnnxTensor) result.get(outputs.get(o)).orElseThrow()).getInfo()
              .getShape();
          dims[o] = (int) shape[shape.length - 1];
        }
        return dims;
      });
    }
    return dims;
  }

  void closeQuietly() {
    try {
      session.close();
    } catch (OrtException e) {
      // already failing; the original error matters more
    }
  }
}
