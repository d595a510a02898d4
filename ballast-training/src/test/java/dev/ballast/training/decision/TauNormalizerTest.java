package dev.ballast.training.decision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ballast.heads.DenseLayer;
import dev.ballast.heads.Head;
import dev.ballast.heads.HeadKind;
import dev.ballast.heads.MultiTaskNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

class TauNormalizerTest {
  static final MultiTaskNetwork NET = new MultiTaskNetwork(
      List.of(new DenseLayer(new float[][] {{1, 0}, {0, 1}, {1, 1}}, new float[] {0, 0, 0})),
      List.of(new Head("main", HeadKind.SOFTMAX,
              new DenseLayer(new float[][] {{3, 4, 0}, {0, 0.5f, 0}}, new float[] {0.2f, -0.1f})),
          new Head("tags", HeadKind.SIGMOID,
              new DenseLayer(new float[][] {{3, 4, 0}}, new float[] {1}))));

  @Test
  void tauZeroIsIdentity() {
    MultiTaskNetwork out = new TauNormalizer(0).apply(NET);
    for (int h = 0; h < 2; h++) {
      for (int c = 0; c < NET.heads().get(h).layer().outputs(); c++) {
        assertArrayEquals(NET.heads().get(h).layer().weight()[c],
            out.heads().get(h).layer().weight()[c], 0);
      }
      assertArrayEquals(NET.heads().get(h).layer().bias(), out.heads().get(h).layer().bias(), 0);
    }
  }

  @Test
  void tauOneGivesUnitNormRowsOnSoftmaxHeadsOnly() {
    MultiTaskNetwork out = new TauNormalizer(1).apply(NET);
    float[][] w = out.heads().get(0).layer().weight();
    assertArrayEquals(new float[] {0.6f, 0.8f, 0}, w[0], 1e-6f);
    assertArrayEquals(new float[] {0, 1, 0}, w[1], 1e-6f);
    assertArrayEquals(new float[] {0.2f, -0.1f}, out.heads().get(0).layer().bias(), 0);
    assertSame(NET.heads().get(1), out.heads().get(1));
    assertSame(NET.trunk().get(0), out.trunk().get(0));
  }

  @Test
  void halfTauDividesBySquareRootOfTheNorm() {
    float[][] w = new TauNormalizer(0.5).apply(NET).heads().get(0).layer().weight();
    assertEquals(3 / Math.sqrt(5), w[0][0], 1e-6);
  }

  @Test
  void negativeTauIsRejectedWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TauNormalizer(-1));
    assertEquals("tau must be >= 0, got -1.0", e.getMessage());
  }
}
