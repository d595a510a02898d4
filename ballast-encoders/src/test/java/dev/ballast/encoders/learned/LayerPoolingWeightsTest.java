package dev.ballast.encoders.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ballast.encoders.EncoderSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayerPoolingWeightsTest {
  private static final EncoderSpec SOURCE = new EncoderSpec("onnx", Map.of("model", "/m.onnx"));

  private static LayerPoolingWeights twoLayers(float w0, float w1) {
    return new LayerPoolingWeights(SOURCE, new float[][] {{1f}, {0f}}, new float[][] {{2f}, {1f}},
        new float[] {w0, w1}, null);
  }

  @Test
  void poolsTheWeightedSumOfStandardisedLayersByMeanAndStd() {
    // layer 0 standardised: (x - 1) / 2 -> {0, 2}; layer 1 as is: {4, 0}
    float[][][] frames = {{{1f}, {5f}}, {{4f}, {0f}}};
    // 0.25 * {0, 2} + 0.75 * {4, 0} = {3, 0.5}: mean 1.75, population std 1.25
    assertArrayEquals(new float[] {1.75f, 1.25f}, twoLayers(0.25f, 0.75f).pool(frames), 1e-6f);
    assertNotEquals(twoLayers(0.25f, 0.75f).sha256(), twoLayers(0.75f, 0.25f).sha256());
  }

  @Test
  void layerWeightsMustBeSoftmaxNormalised() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> twoLayers(0.5f, 0.6f));
    assertEquals("layer weights must sum to 1 (softmax-normalised), got 1.100000023841858",
        e.getMessage());
  }

  @Test
  void framesMustComeFromEveryLayer() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> twoLayers(0.5f, 0.5f).pool(new float[][][] {{{1f}}}));
    assertEquals("expected frames of 2 layers with at least one frame, got 1 layers",
        e.getMessage());
  }
}
