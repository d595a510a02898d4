package dev.ballast.encoders.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.audio.AudioClip;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.EncoderSpec;
import dev.ballast.encoders.Encoders;
import dev.ballast.encoders.learned.LayerFrameSource;
import dev.ballast.encoders.learned.LayerPooling;
import dev.ballast.encoders.learned.LayerPoolingEncoder;
import dev.ballast.encoders.learned.LayerPoolingWeights;
import dev.ballast.encoders.scratch.AttentiveStatsPooling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Frame-level layer outputs for poolings trained with the heads, through the windowing path. */
class OnnxLayerFramesTest {
  private static final int RATE = 16000;
  private static final int F = TinyModels.FRAME_SAMPLES;
  private static final int LAYERS = 3;
  private static final int DIM = 2;

  @TempDir
  Path dir;

  private Path model(String pooling, String outputs, String window) throws IOException {
    Path model = dir.resolve("layers.onnx");
    TinyModels.writeLayersModel(model, LAYERS, DIM);
    Files.writeString(dir.resolve("layers.json"), "{\"inputKind\": \"waveform\", "
        + "\"sampleRateHz\": 16000, \"outputs\": " + outputs + ", " + window
        + ", \"pooling\": \"" + pooling + "\"}");
    return model;
  }

  private Path learnedModel() throws IOException {
    return model("weighted-layers+attentive", "[\"layer0\", \"layer1\", \"layer2\"]",
        "\"windowSec\": 0.5, \"overlapSec\": 0.1");
  }

  private static float[] signal(int samples, long seed) {
    Random r = new Random(seed);
    float[] x = new float[samples];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (0.4 * Math.sin(2 * Math.PI * 310.0 * i / RATE) + 0.2 * r.nextGaussian());
    }
    return x;
  }

  @Test
  void framesOfEveryLayerComeOnceAndInOrderThroughOverlappingWindows() throws IOException {
    LayerFrameSource source = Encoders.createFrames(new EncoderSpec("onnx",
        Map.of("model", learnedModel().toString())));
    assertEquals(LAYERS, source.layers());
    assertEquals(DIM, source.dimension());
    assertEquals(LayerPooling.WEIGHTED_LAYERS_ATTENTIVE, source.pooling());
    // 2.3 s: windows of 50 frames every 40, the last moved back to end at the clip end
    float[] x = signal(230 * F, 1);
    float[][][] frames = source.frames(new AudioClip(x, RATE));
    assertEquals(LAYERS, frames.length);
    for (int l = 0; l < LAYERS; l++) {
      assertEquals(230, frames[l].length, "layer " + l);
      for (int t = 0; t < 230; t++) {
        float[] expected = new float[DIM];
        for (int d = 0; d < DIM; d++) {
          double s = 0;
          for (int i = 0; i < F; i++) {
            s += x[t * F + i] * TinyModels.layerWeight(l, i, d);
          }
          expected[d] = (float) s;
        }
        assertArrayEquals(expected, frames[l][t], 1e-5f, "layer " + l + " frame " + t);
      }
    }
  }

  @Test
  void theTrainedPoolingEncodesInPlainJavaAndItsSpecFollowsTheWeights() throws IOException {
    Path model = learnedModel();
    LayerFrameSource source = Encoders.createFrames(new EncoderSpec("onnx",
        Map.of("model", model.toString())));
    LayerPoolingWeights weights = new LayerPoolingWeights(source.spec(),
        new float[][] {{0.1f, 0f}, {0f, 0.2f}, {0f, 0f}},
        new float[][] {{1f, 2f}, {1f, 1f}, {0.5f, 1f}}, new float[] {0.2f, 0.5f, 0.3f},
        new AttentiveStatsPooling(new float[][] {{1f, -1f}, {0.5f, 0.2f}, {0f, 1f}},
            new float[] {0f, 0.1f, 0f}, new float[][] {{1f, 0f, -1f}, {0.3f, 0.3f, 0.3f}},
            new float[] {0f, 0f}));
    Encoder encoder = weights.createEncoder();
    assertTrue(encoder instanceof LayerPoolingEncoder);
    assertEquals(4, encoder.dimension());
    AudioClip clip = new AudioClip(signal(90 * F, 2), RATE);
    assertArrayEquals(weights.pool(source.frames(clip)), encoder.encode(clip), 1e-6f);
    assertEquals(weights.sha256(), encoder.spec().settings().get("weightsSha256"));
    assertEquals(source.spec().settings().get("sha256"), encoder.spec().settings().get("sha256"));
    IllegalArgumentException byName = assertThrows(IllegalArgumentException.class,
        () -> Encoders.create(encoder.spec()));
    assertEquals("encoder onnx with weightsSha256 pools with weights trained with the heads, "
        + "which only its model holds; load that model (ballast predict/evaluate --model) instead "
        + "of creating the encoder by name", byName.getMessage());
  }

  @Test
  void aLearnedPoolingCannotEmbedBeforeTraining() throws IOException {
    Path model = learnedModel();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Encoders.create("onnx{model=" + model + "}"));
    assertEquals("pooling 'weighted-layers+attentive' in " + dir.resolve("layers.json")
        + " is trained with the heads, so this encoder has no embedding before training; train a "
        + "model with `ballast train --encoder onnx{model=" + model + "}` and predict with that "
        + "model, or set pooling to mean or mean+std for a fixed embedding", e.getMessage());
    assertTrue(Encoders.learnsPooling("onnx{model=" + model + "}"));
  }

  @Test
  void aFixedPoolingGivesNoFramesToTrainOn() throws IOException {
    Path model = model("mean+std", "[\"layer0\", \"layer1\"]", "\"windowSec\": 1");
    assertFalse(Encoders.learnsPooling("onnx{model=" + model + "}"));
    assertEquals(8, Encoders.create("onnx{model=" + model + "}").dimension());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Encoders.createFrames(new EncoderSpec("onnx", Map.of("model", model.toString()))));
    assertEquals("pooling 'mean+std' in " + dir.resolve("layers.json") + " is fixed; training a "
        + "pooling needs [attentive, weighted-layers, weighted-layers+attentive], or train on the "
        + "fixed embedding with a plain --encoder onnx", e.getMessage());
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> Encoders.createFrames(new EncoderSpec("fbank-stats", Map.of())));
    assertEquals("encoder fbank-stats gives no frame-level layer outputs to train a pooling on; "
        + "use onnx with a learned pooling or scratch-tdnn", other.getMessage());
  }

  @Test
  void learnedPoolingsCheckTheirLayerCount() {
    String base = "{\"inputKind\": \"waveform\", \"sampleRateHz\": 16000, \"windowSec\": 1, ";
    IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
        () -> OnnxEncoderConfig.parse(base + "\"outputs\": [\"h6\"], "
            + "\"pooling\": \"weighted-layers\"}", "c.json"));
    assertEquals("pooling weighted-layers learns weights over two or more layers, got 1; list "
        + "the hidden layers in outputs, or use attentive for a single output (in c.json)",
        one.getMessage());
    IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
        () -> OnnxEncoderConfig.parse(base + "\"outputs\": [\"h5\", \"h6\"], "
            + "\"pooling\": \"attentive\"}", "c.json"));
    assertEquals("pooling attentive pools exactly one output, got 2; list one output, or use "
        + "weighted-layers+attentive to learn weights over several layers (in c.json)",
        two.getMessage());
    assertEquals(Pooling.ATTENTIVE, OnnxEncoderConfig.parse(base + "\"pooling\": \"attentive\"}",
        "c.json").pooling());
  }

  @Test
  void expressionsCarrySettingsInBraces() {
    assertEquals(List.of(new EncoderSpec("onnx", Map.of("model", "/m/a+b.onnx")),
        new EncoderSpec("fbank-stats", Map.of())),
        Encoders.parts("onnx{model=/m/a+b.onnx}+fbank-stats"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Encoders.parts("onnx{model=/m/a.onnx"));
    assertEquals("encoder 'onnx{model=/m/a.onnx' has unbalanced braces; write "
        + "name{key=value,key=value}, e.g. onnx{model=/models/wavlm.onnx}", e.getMessage());
  }
}
