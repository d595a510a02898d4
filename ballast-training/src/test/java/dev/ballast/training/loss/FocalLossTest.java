package dev.ballast.training.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FocalLossTest extends NdTestBase {
  static final double[][] Z = CrossEntropyTest.Z;
  static final int[] Y = CrossEntropyTest.Y;

  /** Focal loss of soft targets in doubles. */
  static double focal(double[][] z, double[][] y, double gamma, double[] alpha) {
    double num = 0;
    double den = 0;
    for (int i = 0; i < z.length; i++) {
      double[] logP = logSoftmax(z[i]);
      for (int c = 0; c < logP.length; c++) {
        double a = (alpha == null ? 1 : alpha[c]) * y[i][c];
        num -= a * Math.pow(1 - Math.exp(logP[c]), gamma) * logP[c];
        den += a;
      }
    }
    return num / den;
  }

  @Test
  void gammaZeroIsCrossEntropy() {
    double[] a = {0.5, 1, 2};
    assertClose(crossEntropy(Z, Y, null),
        FocalLoss.of(0).compute(array(Z), array(oneHot(3, Y)), ones(3), 1));
    assertClose(crossEntropy(Z, Y, a), new FocalLoss(0, Optional.of(ClassVector.of(a)))
        .compute(array(Z), array(oneHot(3, Y)), ones(3), 1));
  }

  @Test
  void gammaTwoMatchesHandComputation() {
    assertClose(focal(Z, oneHot(3, Y), 2, null),
        FocalLoss.of(2).compute(array(Z), array(oneHot(3, Y)), ones(3), 1));
    double[] a = {0.25, 0.5, 0.25};
    assertClose(focal(Z, oneHot(3, Y), 2, a), new FocalLoss(2, Optional.of(ClassVector.of(a)))
        .compute(array(Z), array(oneHot(3, Y)), ones(3), 1));
  }

  @Test
  void softTargetsGiveTheTargetWeightedSum() {
    double[][] y = {{0.7, 0.3, 0}, {0, 0, 1}, {0.2, 0.5, 0.3}};
    assertClose(focal(Z, y, 1.5, null),
        FocalLoss.of(1.5).compute(array(Z), array(y), ones(3), 1));
  }

  @Test
  void focusingShrinksTheLossOfEasyExamplesMost() {
    double easy = FocalLoss.of(2).compute(array(new double[][] {{4, 0}}),
        array(oneHot(2, 0)), ones(1), 1).getFloat();
    double hard = FocalLoss.of(2).compute(array(new double[][] {{0, 1}}),
        array(oneHot(2, 0)), ones(1), 1).getFloat();
    double easyCe = -logSoftmax(new double[] {4, 0})[0];
    double hardCe = -logSoftmax(new double[] {0, 1})[0];
    assertTrue(easy / easyCe < hard / hardCe);
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    double[][] y = oneHot(3, Y);
    float[] g = gradient(array(Z), logits -> FocalLoss.of(2)
        .compute(logits, array(y), ones(3), 1));
    double h = 1e-5;
    for (int i = 0; i < 3; i++) {
      for (int c = 0; c < 3; c++) {
        double[][] up = copy(Z);
        double[][] down = copy(Z);
        up[i][c] += h;
        down[i][c] -= h;
        double numeric = (focal(up, y, 2, null) - focal(down, y, 2, null)) / (2 * h);
        assertEquals(numeric, g[3 * i + c], 1e-4);
      }
    }
  }

  @Test
  void confidentPredictionsKeepFiniteGradientsForSmallGamma() {
    float[] g = gradient(array(new double[][] {{60, -60}}), logits -> FocalLoss.of(0.5)
        .compute(logits, array(oneHot(2, 0)), ones(1), 1));
    for (float v : g) {
      assertTrue(Float.isFinite(v), java.util.Arrays.toString(g));
    }
  }

  @Test
  void rejectsNegativeGamma() {
    assertEquals("FocalLoss: gamma must be finite and >= 0, got -1.0; 0 is cross-entropy,"
        + " 2 is the usual choice", assertThrows(IllegalArgumentException.class,
            () -> FocalLoss.of(-1)).getMessage());
  }

  static double[][] copy(double[][] z) {
    double[][] out = new double[z.length][];
    for (int i = 0; i < z.length; i++) {
      out[i] = z[i].clone();
    }
    return out;
  }
}
