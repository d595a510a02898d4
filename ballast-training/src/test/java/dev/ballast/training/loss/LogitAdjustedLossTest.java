package dev.ballast.training.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogitAdjustedLossTest extends NdTestBase {
  static final double[][] Z = CrossEntropyTest.Z;
  static final int[] Y = CrossEntropyTest.Y;

  @Test
  void tauZeroOrAUniformPriorIsCrossEntropy() {
    assertClose(crossEntropy(Z, Y, null), new LogitAdjustedLoss(ClassCounts.of(1, 10, 100), 0)
        .compute(array(Z), array(oneHot(3, Y)), ones(3), 1));
    assertClose(crossEntropy(Z, Y, null), new LogitAdjustedLoss(ClassCounts.of(7, 7, 7), 1.5)
        .compute(array(Z), array(oneHot(3, Y)), ones(3), 1));
  }

  @Test
  void addsTauTimesTheLogPrior() {
    double tau = 0.8;
    double[] prior = {0.1, 0.3, 0.6};
    double[][] y = {{0.7, 0.3, 0}, {0, 0, 1}, {0.2, 0.5, 0.3}};
    double expected = 0;
    for (int i = 0; i < 3; i++) {
      double[] z = Z[i].clone();
      for (int c = 0; c < 3; c++) {
        z[c] += tau * Math.log(prior[c]);
      }
      double[] logP = logSoftmax(z);
      for (int c = 0; c < 3; c++) {
        expected -= y[i][c] * logP[c];
      }
    }
    assertClose(expected / 3, new LogitAdjustedLoss(ClassCounts.of(10, 30, 60), tau)
        .compute(array(Z), array(y), ones(3), 1));
  }

  @Test
  void aClassWithoutExamplesKeepsAFiniteOffset() {
    double[] offsets = new LogitAdjustedLoss(ClassCounts.of(0, 5, 95), 1).offsets().values();
    assertEquals(offsets[0], offsets[1], 1e-12);
    assertTrue(Double.isFinite(offsets[0]));
  }

  @Test
  void rejectsNegativeTau() {
    assertThrows(IllegalArgumentException.class,
        () -> new LogitAdjustedLoss(ClassCounts.of(1, 2), -1));
  }
}
