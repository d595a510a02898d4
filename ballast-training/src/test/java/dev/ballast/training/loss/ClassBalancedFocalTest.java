package dev.ballast.training.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassBalancedFocalTest extends NdTestBase {
  static final double[][] Z = CrossEntropyTest.Z;
  static final int[] Y = CrossEntropyTest.Y;
  static final ClassCounts COUNTS = ClassCounts.of(500, 40, 3);

  @Test
  void betaZeroIsUnweightedFocal() {
    assertClose(FocalLossTest.focal(Z, oneHot(3, Y), 2, null), new ClassBalancedFocal(COUNTS, 0, 2)
        .compute(array(Z), array(oneHot(3, Y)), ones(3), 1));
  }

  @Test
  void weightsAreInverseEffectiveNumbers() {
    double beta = 0.99;
    double[] w = new double[3];
    double sum = 0;
    long[] n = COUNTS.counts();
    for (int c = 0; c < 3; c++) {
      w[c] = (1 - beta) / (1 - Math.pow(beta, n[c]));
      sum += w[c];
    }
    for (int c = 0; c < 3; c++) {
      w[c] *= 3 / sum;
    }
    assertClose(FocalLossTest.focal(Z, oneHot(3, Y), 1, w), new ClassBalancedFocal(COUNTS, beta, 1)
        .compute(array(Z), array(oneHot(3, Y)), ones(3), 1));
  }

  @Test
  void rejectsBetaOfOne() {
    assertEquals("ClassBalancedFocal: beta must be in [0, 1), got 1.0; typical values are 0.9"
        + " to 0.9999", assertThrows(IllegalArgumentException.class,
            () -> new ClassBalancedFocal(COUNTS, 1, 2)).getMessage());
  }
}
