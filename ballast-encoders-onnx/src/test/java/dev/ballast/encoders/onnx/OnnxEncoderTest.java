package dev.ballast.encoders.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.audio.AudioClip;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.EncoderSpec;
import dev.ballast.encoders.Encoders;
import dev.ballast.features.FbankOptions;
import dev.ballast.features.KaldiFbank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxEncoderTest {
  private static final int RATE = 16000;
  private static final int F = TinyModels.FRAME_SAMPLES;
  private static final int D = TinyModels.HIDDEN;

  @TempDir
  Path dir;

  private Path waveformModel(String config) throws IOException {
    Path model = dir.resolve("tiny.onnx");
    TinyModels.writeWaveformModel(model);
    Files.writeString(dir.resolve("tiny.json"), config);
    return model;
  }

  /** 220 Hz tone plus seeded noise, {@code seconds} long. */
  private static float[] signal(double seconds, long seed) {
    Random rng = new Random(seed);
    float[] x = new float[(int) Math.round(seconds * RATE)];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (0.5 * Math.sin(2 * Math.PI * 220.0 * i / RATE) + 0.1 * rng.nextGaussian()
          + 0.05);
    }
    return x;
  }

  /** The tiny model's hidden frames, in double: frame f, unit d. */
  private static double[][] hidden(double[] x, int from, int to) {
    double[][] h = new double[(to - from) / F][D];
    for (int f = 0; f < h.length; f++) {
      for (int i = 0; i < F; i++) {
        for (int d = 0; d < D; d++) {
          h[f][d] += x[from + f * F + i] * TinyModels.weight(i, d);
        }
      }
    }
    return h;
  }

  /** Means of the rows, then population standard deviations. */
  private static double[] meanStd(List<double[]> rows) {
    int dim = rows.get(0).length;
    double[] out = new double[2 * dim];
    for (double[] r : rows) {
      for (int d = 0; d < dim; d++) {
        out[d] += r[d] / rows.size();
      }
    }
    for (double[] r : rows) {
      for (int d = 0; d < dim; d++) {
        out[dim + d] += (r[d] - out[d]) * (r[d] - out[d]) / rows.size();
      }
    }
    for (int d = 0; d < dim; d++) {
      out[dim + d] = Math.sqrt(out[dim + d]);
    }
    return out;
  }

  private static double[] toDouble(float[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i];
    }
    return y;
  }

  private static void assertClose(double[] expected, float[] actual, double tol) {
    assertEquals(expected.length, actual.length, "length");
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], tol, "value " + i);
    }
  }

  @Test
  void longClipIsWindowedAndPooledLikePlainJava() throws IOException {
    Path model = waveformModel("{\"inputKind\": \"waveform\", \"sampleRateHz\": 16000,"
        + " \"outputs\": [\"hidden\", \"summary\"], \"windowSec\": 1.0, \"overlapSec\": 0.2,"
        + " \"pooling\": \"mean+std\"}");
    OnnxEncoder encoder = OnnxEncoder.load(model);
    assertEquals(2 * D + 2 * D, encoder.dimension());
    assertEquals("hidden_0_mean", encoder.featureNames().get(0));
    assertEquals("hidden_0_std", encoder.featureNames().get(D));
    assertEquals("summary_2_std", encoder.featureNames().get(4 * D - 1));

    float[] x = signal(5.5, 1);
    float[] got = encoder.encode(new AudioClip(x, RATE));
    double[] xd = toDouble(x);
    // hidden: every 10 ms frame of the clip exactly once, whatever the windows
    double[] hiddenStats = meanStd(java.util.Arrays.asList(hidden(xd, 0, x.length)));
    // summary: one vector per window; 1 s windows every 0.8 s, the last moved to end at 5.5 s
    int[] starts = {0, 12800, 25600, 38400, 51200, 64000, 72000};
    List<double[]> summaries = new ArrayList<>();
    for (int s : starts) {
      summaries.add(meanStd(java.util.Arrays.asList(hidden(xd, s, s + RATE))));
    }
    List<double[]> windowMeans = new ArrayList<>();
    for (double[] ms : summaries) {
      windowMeans.add(java.util.Arrays.copyOf(ms, D));
    }
    double[] summaryStats = meanStd(windowMeans);
    double[] expected = new double[4 * D];
    System.arraycopy(hiddenStats, 0, expected, 0, 2 * D);
    System.arraycopy(summaryStats, 0, expected, 2 * D, 2 * D);
    assertClose(expected, got, 2e-5);

    // a window longer than the clip gives the same frame statistics in one run
    Files.writeString(dir.resolve("tiny.json"), "{\"inputKind\": \"waveform\","
        + " \"sampleRateHz\": 16000, \"outputs\": [\"hidden\"], \"windowSec\": 10,"
        + " \"pooling\": \"mean+std\"}");
    float[] whole = OnnxEncoder.load(model).encode(new AudioClip(x, RATE));
    assertClose(hiddenStats, whole, 2e-5);
  }

  @Test
  void zeroMeanUnitVarNormalisesTheWholeUtterance() throws IOException {
    Path model = waveformModel("{\"inputKind\": \"waveform\", \"sampleRateHz\": 16000,"
        + " \"normalisation\": \"zero-mean-unit-var\", \"windowSec\": 0.5, \"overlapSec\": 0.1}");
    OnnxEncoder encoder = OnnxEncoder.load(model);
    assertEquals(List.of("hidden"), encoder.outputs(), "default: the first output");
    assertEquals(D, encoder.dimension(), "default pooling: mean");
    float[] x = signal(2.0, 2);
    double[] xd = toDouble(x);
    double mean = java.util.Arrays.stream(xd).average().orElseThrow();
    double var = java.util.Arrays.stream(xd).map(v -> (v - mean) * (v - mean)).sum() / xd.length;
    for (int i = 0; i < xd.length; i++) {
      xd[i] = (xd[i] - mean) / Math.sqrt(var + 1e-7);
    }
    double[] stats = meanStd(java.util.Arrays.asList(hidden(xd, 0, xd.length)));
    assertClose(java.util.Arrays.copyOf(stats, D), encoder.encode(new AudioClip(x, RATE)), 2e-5);
  }

  @Test
  void fbankInputIsKaldiFbankWindowedOverFrames() throws IOException {
    Path model = dir.resolve("fb.onnx");
    TinyModels.writeFbankModel(model, 23);
    Files.writeString(dir.resolve("fb.json"), "{\"inputKind\": \"fbank\", \"sampleRateHz\":"
        + " 16000, \"numMelBins\": 23, \"windowSec\": 0.5, \"overlapSec\": 0.25,"
        + " \"pooling\": \"mean+std\"}");
    OnnxEncoder encoder = OnnxEncoder.load(model);
    assertEquals(46, encoder.dimension());
    float[] x = signal(3.3, 3);
    float[][] fbank = new KaldiFbank(FbankOptions.kaldiDefaults(RATE, 23))
        .compute(new AudioClip(x, RATE));
    List<double[]> rows = new ArrayList<>();
    for (float[] f : fbank) {
      rows.add(toDouble(f));
    }
    assertClose(meanStd(rows), encoder.encode(new AudioClip(x, RATE)), 1e-4);
  }

  @Test
  void registeredUnderOnnxAndSpecTracksTheModelBytes() throws IOException {
    Path model = waveformModel("{\"inputKind\": \"waveform\", \"sampleRateHz\": 16000,"
        + " \"windowSec\": 1}");
    Encoder encoder = Encoders.create(new EncoderSpec("onnx", Map.of("model", model.toString())));
    EncoderSpec spec = encoder.spec();
    assertEquals(model.toAbsolutePath().normalize().toString(), spec.settings().get("model"));
    assertEquals(OnnxModels.sha256(model), spec.settings().get("sha256"));
    assertEquals(64, spec.settings().get("configSha256").length());
    // the stored spec re-creates the encoder; a changed config is refused
    assertEquals(spec, Encoders.create(spec).spec());
    Files.writeString(dir.resolve("tiny.json"), "{\"inputKind\": \"waveform\","
        + " \"sampleRateHz\": 16000, \"windowSec\": 2}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Encoders.create(spec));
    assertTrue(e.getMessage().startsWith(dir.resolve("tiny.json").toAbsolutePath().normalize()
        + " changed since this encoder spec was stored: configSha256 expected "
        + spec.settings().get("configSha256") + ", found "), e.getMessage());
    assertTrue(e.getMessage().endsWith("; restore the original file or re-extract features and"
        + " retrain"), e.getMessage());
  }

  @Test
  void wrongRateIsRejected() throws IOException {
    OnnxEncoder encoder = OnnxEncoder.load(waveformModel("{\"inputKind\": \"waveform\","
        + " \"sampleRateHz\": 16000, \"windowSec\": 1}"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> encoder.encode(new AudioClip(new float[8000], 8000)));
    assertEquals("encoder onnx expects 16000 Hz audio, got 8000 Hz; convert with"
        + " SampleRateConverter first", e.getMessage());
  }

  @Test
  void unknownConfigKeyIsAnError() throws IOException {
    Path model = waveformModel("{\"inputKind\": \"waveform\", \"sampleRateHz\": 16000,"
        + " \"windowSec\": 1, \"poolng\": \"mean\"}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OnnxEncoder.load(model));
    assertEquals("unknown key 'poolng' in " + dir.resolve("tiny.json").toAbsolutePath()
        + "; known keys: [inputKind, inputName, normalisation, numMelBins, outputs, overlapSec,"
        + " pooling, sampleRateHz, windowSec]", e.getMessage());
  }

  @Test
  void configValueErrorsSayWhatIsAllowed() {
    Map<String, String> cases = new HashMap<>();
    cases.put("{\"inputKind\": \"wave\", \"sampleRateHz\": 16000, \"windowSec\": 1}",
        "inputKind must be one of [waveform, fbank] in c.json, got 'wave'");
    cases.put("{\"inputKind\": \"waveform\", \"windowSec\": 1}",
        "missing key 'sampleRateHz' in c.json");
    cases.put("{\"inputKind\": \"waveform\", \"sampleRateHz\": 16000, \"windowSec\": 1,"
        + " \"overlapSec\": 1}", "overlapSec must satisfy 0 <= overlapSec < windowSec (1.0), got"
        + " 1.0 (in c.json)");
    cases.put("{\"inputKind\": \"fbank\", \"sampleRateHz\": 16000, \"windowSec\": 1}",
        "inputKind fbank needs numMelBins (the model's mel bins per frame, e.g. 80 or 128)"
        + " (in c.json)");
    cases.put("{\"inputKind\": \"waveform\", \"sampleRateHz\": 16000, \"windowSec\": 1,"
        + " \"pooling\": \"max\"}", "pooling must be one of [mean, mean+std, attentive,"
        + " weighted-layers, weighted-layers+attentive] in c.json, got 'max'");
    cases.put("[1]", "c.json must hold a JSON object");
    cases.forEach((json, message) -> assertEquals(message, assertThrows(
        IllegalArgumentException.class, () -> OnnxEncoderConfig.parse(json, "c.json"))
        .getMessage(), json));
  }

  @Test
  void missingFilesAndOutputsAreNamed() throws IOException {
    Path model = dir.resolve("tiny.onnx");
    TinyModels.writeWaveformModel(model);
    IllegalArgumentException noConfig = assertThrows(IllegalArgumentException.class,
        () -> OnnxEncoder.load(model));
    Path abs = model.toAbsolutePath().normalize();
    assertEquals("no config for ONNX model " + abs + ": expected " + abs.resolveSibling("tiny.json")
        + " next to it, e.g. {\"inputKind\": \"waveform\", \"sampleRateHz\": 16000,"
        + " \"windowSec\": 20}", noConfig.getMessage());

    Path absent = dir.resolve("absent.onnx").toAbsolutePath().normalize();
    assertEquals("ONNX model " + absent + " does not exist; set onnx model=/path/to/model.onnx",
        assertThrows(IllegalArgumentException.class, () -> OnnxEncoder.load(absent))
            .getMessage());

    Files.writeString(dir.resolve("tiny.json"), "{\"inputKind\": \"waveform\","
        + " \"sampleRateHz\": 16000, \"windowSec\": 1, \"outputs\": [\"logits\"]}");
    assertEquals("model " + abs + " has no output 'logits'; outputs: [hidden, summary]; fix"
        + " outputs in " + abs.resolveSibling("tiny.json"),
        assertThrows(IllegalArgumentException.class, () -> OnnxEncoder.load(model)).getMessage());

    assertEquals("encoder onnx needs the setting model=/path/to/model.onnx (with model.json next"
        + " to it)", assertThrows(IllegalArgumentException.class,
            () -> Encoders.create("onnx")).getMessage());
    assertEquals("encoder onnx has no setting 'path'; known settings: [configSha256, model,"
        + " sha256]", assertThrows(IllegalArgumentException.class,
            () -> Encoders.create(new EncoderSpec("onnx", Map.of("path", "x")))).getMessage());
  }

  @Test
  void windowPlanCoversEveryInstantOnce() {
    WindowPlan plan = WindowPlan.of(88000, 16000, 3200);
    assertArrayEquals(new int[] {0, 12800, 25600, 38400, 51200, 64000, 72000}, plan.starts());
    // 100 frames per window of 16000 samples: count how often each 160-sample slot is kept
    int[] kept = new int[88000 / 160];
    for (int k = 0; k < plan.count(); k++) {
      for (int i = 0; i < 100; i++) {
        if (plan.owns(k, i, 100)) {
          kept[plan.start(k) / 160 + i]++;
        }
      }
    }
    for (int slot = 0; slot < kept.length; slot++) {
      assertEquals(1, kept[slot], "slot " + slot);
    }
    assertArrayEquals(new int[] {0}, WindowPlan.of(500, 16000, 0).starts());
  }
}
