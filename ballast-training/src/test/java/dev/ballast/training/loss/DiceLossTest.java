package dev.ballast.training.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiceLossTest extends NdTestBase {
  static final double[][] Z = CrossEntropyTest.Z;
  static final int[] Y = CrossEntropyTest.Y;

  /** Batch soft Dice in doubles, with {@code (1 - p)^alpha p} as scores. */
  static double dice(double[][] z, double[][] y, double[] w, double alpha, double smoothing) {
    int k = z[0].length;
    double total = 0;
    for (int c = 0; c < k; c++) {
      double overlap = 0;
      double predicted = 0;
      double actual = 0;
      for (int i = 0; i < z.length; i++) {
        double p = softmax(z[i])[c];
        double q = Math.pow(1 - p, alpha) * p;
        double labelled = 0;
        for (double v : y[i]) {
          labelled += v;
        }
        overlap += w[i] * q * y[i][c];
        predicted += w[i] * labelled * q;
        actual += w[i] * y[i][c];
      }
      total += (2 * overlap + smoothing) / (predicted + actual + smoothing);
    }
    return 1 - total / k;
  }

  @Test
  void diceMatchesHandComputation() {
    double[][] y = {{0.7, 0.3, 0}, {0, 0, 1}, {0, 1, 0}};
    double[] w = {1, 2, 0.5};
    assertClose(dice(Z, y, w, 0, 1),
        new DiceLoss(1).compute(array(Z), array(y), vector(w), 1));
    assertClose(dice(Z, y, w, 0, 0.01),
        new DiceLoss(0.01).compute(array(Z), array(y), vector(w), 1));
  }

  @Test
  void selfAdjustingWithAlphaZeroIsDice() {
    double[][] y = oneHot(3, Y);
    assertClose(new DiceLoss(1).compute(array(Z), array(y), ones(3), 1).getFloat(),
        new SelfAdjustingDice(0, 1).compute(array(Z), array(y), ones(3), 1));
  }

  @Test
  void selfAdjustingMatchesHandComputation() {
    double[][] y = oneHot(3, Y);
    double[] w = {1, 1, 1};
    assertClose(dice(Z, y, w, 1, 1),
        new SelfAdjustingDice(1, 1).compute(array(Z), array(y), ones(3), 1));
    assertClose(dice(Z, y, w, 2.5, 0.5),
        new SelfAdjustingDice(2.5, 0.5).compute(array(Z), array(y), ones(3), 1));
  }

  @Test
  void unlabelledRowsContributeNothing() {
    double[][] z = {Z[0], Z[1], Z[2], {5, -2, 1}};
    double[][] y = {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}, {0, 0, 0}};
    assertClose(dice(Z, oneHot(3, Y), new double[] {1, 1, 1}, 0, 1),
        new DiceLoss(1).compute(array(z), array(y), ones(4), 1));
    float[] g = gradient(array(z), l -> new SelfAdjustingDice(1, 1)
        .compute(l, array(y), ones(4), 1));
    assertArrayEquals(new float[] {0, 0, 0}, java.util.Arrays.copyOfRange(g, 9, 12));
    assertTrue(Math.abs(g[0]) > 0);
  }

  @Test
  void gradientRaisesTheTrueClass() {
    float[] g = gradient(array(Z), l -> new DiceLoss(1)
        .compute(l, array(oneHot(3, Y)), ones(3), 1));
    for (int i = 0; i < 3; i++) {
      assertTrue(g[3 * i + Y[i]] < 0, "row " + i + ": " + java.util.Arrays.toString(g));
    }
  }

  @Test
  void rejectsZeroSmoothing() {
    assertEquals("DiceLoss: smoothing must be finite and > 0, got 0.0; it keeps the score of"
        + " classes absent from a batch defined; 1 is usual",
        assertThrows(IllegalArgumentException.class, () -> new DiceLoss(0)).getMessage());
  }
}
