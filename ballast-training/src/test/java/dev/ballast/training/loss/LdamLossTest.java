package dev.ballast.training.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LdamLossTest extends NdTestBase {
  static final double[][] Z = CrossEntropyTest.Z;
  static final int[] Y = CrossEntropyTest.Y;
  // n^(1/4) = 1, 2, 3: margins m, m/2, m/3.
  static final ClassCounts COUNTS = ClassCounts.of(1, 16, 81);

  @Test
  void marginsShrinkWithTheFourthRootOfTheCount() {
    assertArrayEquals(new double[] {0.6, 0.3, 0.2},
        new LdamLoss(COUNTS, 0.6, 1, 0, 1).margins().values(), 1e-12);
  }

  @Test
  void marginIsSubtractedFromTheTrueClassLogitOnly() {
    double m = 0.6;
    double s = 2;
    double[][] adjusted = new double[3][3];
    double[] margins = {m, m / 2, m / 3};
    for (int i = 0; i < 3; i++) {
      for (int c = 0; c < 3; c++) {
        adjusted[i][c] = s * (Z[i][c] - (c == Y[i] ? margins[c] : 0));
      }
    }
    assertClose(crossEntropy(adjusted, Y, null), new LdamLoss(COUNTS, m, s, 0.999, 5)
        .compute(array(Z), array(oneHot(3, Y)), ones(3), 1));
  }

  @Test
  void deferredReweightingSwitchesOnAtItsEpoch() {
    LdamLoss loss = new LdamLoss(COUNTS, 0.5, 1, 0.9, 3);
    double[][] adjusted = new double[3][3];
    double[] margins = loss.margins().values();
    for (int i = 0; i < 3; i++) {
      for (int c = 0; c < 3; c++) {
        adjusted[i][c] = Z[i][c] - (c == Y[i] ? margins[c] : 0);
      }
    }
    double plain = crossEntropy(adjusted, Y, null);
    double weighted = crossEntropy(adjusted, Y,
        ClassWeights.effectiveNumber(COUNTS, 0.9).values());
    assertClose(plain, loss.compute(array(Z), array(oneHot(3, Y)), ones(3), 2));
    assertClose(weighted, loss.compute(array(Z), array(oneHot(3, Y)), ones(3), 3));
    assertClose(weighted, loss.compute(array(Z), array(oneHot(3, Y)), ones(3), 40));
  }

  @Test
  void rejectsEpochZeroForReweighting() {
    assertEquals("LdamLoss: drwStartEpoch is the 1-based epoch at which class weights switch on,"
        + " got 0; the paper switches at 80% of training (160 of 200 epochs)",
        assertThrows(IllegalArgumentException.class,
            () -> new LdamLoss(COUNTS, 0.5, 1, 0.9, 0)).getMessage());
  }
}
