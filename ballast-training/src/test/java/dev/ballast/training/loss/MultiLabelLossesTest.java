package dev.ballast.training.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** WeightedBce, FocalBce and AsymmetricLoss against per-element formulas in doubles. */
class MultiLabelLossesTest extends NdTestBase {
  static final double[][] Z = {{2.0, -0.5, 0.0}, {-3.0, 1.0, 0.4}};
  static final double[][] Y = {{1, 0, 1}, {0, 1, 0.3}};
  static final double[][] MASK = {{1, 1, 0}, {1, 1, 1}};

  interface Element {
    double loss(double z, double y, int label);
  }

  static double masked(Element f) {
    double num = 0;
    double den = 0;
    for (int i = 0; i < Z.length; i++) {
      for (int c = 0; c < Z[i].length; c++) {
        num += MASK[i][c] * f.loss(Z[i][c], Y[i][c], c);
        den += MASK[i][c];
      }
    }
    return num / den;
  }

  static double bce(double z, double y, double positiveWeight) {
    double p = sigmoid(z);
    return -(positiveWeight * y * Math.log(p) + (1 - y) * Math.log(1 - p));
  }

  @Test
  void bceIsTheMaskedMean() {
    assertClose(masked((z, y, c) -> bce(z, y, 1)),
        WeightedBce.unweighted().compute(array(Z), array(Y), array(MASK), 1));
  }

  @Test
  void positiveWeightsScaleThePositiveTerm() {
    double[] v = {2, 3, 0.5};
    assertClose(masked((z, y, c) -> bce(z, y, v[c])),
        new WeightedBce(Optional.of(ClassVector.of(v)))
            .compute(array(Z), array(Y), array(MASK), 1));
  }

  @Test
  void positiveWeightsFromCountsBalanceNegatives() {
    assertEquals(Optional.of(ClassVector.of(9, 1, 1)),
        WeightedBce.fromCounts(new long[] {10, 0, 100}, 100, 1).positiveWeights());
    assertEquals(Optional.of(ClassVector.of(3, 1, 1)),
        WeightedBce.fromCounts(new long[] {10, 0, 100}, 100, 0.5).positiveWeights());
  }

  @Test
  void bceGradientIsSigmoidMinusTargetOverElements() {
    double[][] mask = {{1, 1, 1}, {1, 1, 1}};
    float[] g = gradient(array(Z), l -> WeightedBce.unweighted()
        .compute(l, array(Y), array(mask), 1));
    for (int i = 0; i < 2; i++) {
      for (int c = 0; c < 3; c++) {
        assertEquals((sigmoid(Z[i][c]) - Y[i][c]) / 6, g[3 * i + c], 1e-6);
      }
    }
  }

  @Test
  void maskedElementsGetNoGradient() {
    float[] g = gradient(array(Z), l -> new AsymmetricLoss(1, 4, 0.05)
        .compute(l, array(Y), array(MASK), 1));
    assertEquals(0, g[2]);
  }

  @Test
  void focalBceWithGammaZeroIsBce() {
    assertClose(masked((z, y, c) -> bce(z, y, 1)), new FocalBce(0, OptionalDouble.empty())
        .compute(array(Z), array(Y), array(MASK), 1));
  }

  @Test
  void focalBceMatchesHandComputation() {
    double gamma = 2;
    double alpha = 0.25;
    assertClose(masked((z, y, c) -> {
      double p = sigmoid(z);
      return -(alpha * y * Math.pow(1 - p, gamma) * Math.log(p)
          + (1 - alpha) * (1 - y) * Math.pow(p, gamma) * Math.log(1 - p));
    }), new FocalBce(gamma, OptionalDouble.of(alpha)).compute(array(Z), array(Y), array(MASK), 1));
  }

  @Test
  void asymmetricWithoutFocusingOrClipIsBce() {
    assertClose(masked((z, y, c) -> bce(z, y, 1)),
        new AsymmetricLoss(0, 0, 0).compute(array(Z), array(Y), array(MASK), 1));
  }

  @Test
  void asymmetricMatchesHandComputation() {
    double gp = 1;
    double gn = 4;
    double m = 0.05;
    assertClose(masked((z, y, c) -> {
      double p = sigmoid(z);
      double pm = Math.max(p - m, 0);
      return -(y * Math.pow(1 - p, gp) * Math.log(p)
          + (1 - y) * Math.pow(pm, gn) * Math.log(1 - pm));
    }), new AsymmetricLoss(gp, gn, m).compute(array(Z), array(Y), array(MASK), 1));
  }

  @Test
  void clipDiscardsEasyNegatives() {
    // sigmoid(-4) = 0.018 < clip: no loss and no gradient.
    double[][] z = {{-4}};
    AsymmetricLoss loss = new AsymmetricLoss(0, 4, 0.05);
    assertClose(0, loss.compute(array(z), array(new double[][] {{0}}), ones(1).reshape(1, 1), 1));
    assertArrayEquals(new float[] {0}, gradient(array(z), l -> loss
        .compute(l, array(new double[][] {{0}}), ones(1).reshape(1, 1), 1)));
  }

  @Test
  void rejectsBadArguments() {
    assertEquals("AsymmetricLoss: clip must be in [0, 1), got 1.0; the probability margin"
        + " shifted off negatives; the paper uses 0.05", assertThrows(
            IllegalArgumentException.class, () -> new AsymmetricLoss(0, 4, 1)).getMessage());
    assertEquals("FocalBce: alpha (weight of positives) must be in [0, 1], got 2.0; the paper"
        + " uses 0.25", assertThrows(IllegalArgumentException.class,
            () -> new FocalBce(2, OptionalDouble.of(2))).getMessage());
    assertEquals("WeightedBce: positives must be in [0, examples = 5], got 6 for label 0",
        assertThrows(IllegalArgumentException.class,
            () -> WeightedBce.fromCounts(new long[] {6}, 5, 1)).getMessage());
    assertEquals("WeightedBce: mask must have the logits' shape (2, 3), got (2, 2)",
        assertThrows(IllegalArgumentException.class, () -> WeightedBce.unweighted()
            .compute(array(Z), array(Y), array(new double[][] {{1, 1}, {1, 1}}), 1))
            .getMessage());
  }
}
