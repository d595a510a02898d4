package dev.ballast.training.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossEntropyTest extends NdTestBase {
  static final double[][] Z = {{2.0, 0.5, -1.0}, {0.1, 0.2, 0.3}, {-1.0, 3.0, 0.0}};
  static final int[] Y = {0, 2, 1};

  @Test
  void unweightedIsTheMeanNegativeLogLikelihood() {
    assertClose(crossEntropy(Z, Y, null),
        CrossEntropy.unweighted().compute(array(Z), array(oneHot(3, Y)), ones(3), 1));
  }

  @Test
  void classWeightsFollowPyTorchsWeightedMean() {
    double[] a = {1, 2, 3};
    assertClose(crossEntropy(Z, Y, a), CrossEntropy.weighted(ClassVector.of(a))
        .compute(array(Z), array(oneHot(3, Y)), ones(3), 1));
  }

  @Test
  void softTargetsGiveTheTargetWeightedSum() {
    double[][] y = {{0.7, 0.3, 0}, {0, 0, 1}, {0.2, 0.5, 0.3}};
    double expected = 0;
    for (int i = 0; i < 3; i++) {
      double[] logP = logSoftmax(Z[i]);
      for (int c = 0; c < 3; c++) {
        expected -= y[i][c] * logP[c];
      }
    }
    assertClose(expected / 3, CrossEntropy.unweighted().compute(array(Z), array(y), ones(3), 1));
  }

  @Test
  void sampleWeightsWeightTheMean() {
    double[] l = new double[3];
    for (int i = 0; i < 3; i++) {
      l[i] = -logSoftmax(Z[i])[Y[i]];
    }
    assertClose((2 * l[0] + 0.5 * l[1]) / 2.5, CrossEntropy.unweighted()
        .compute(array(Z), array(oneHot(3, Y)), vector(2, 0.5, 0), 1));
  }

  @Test
  void unlabelledRowsContributeNothing() {
    double[][] z = {Z[0], Z[1], Z[2], {9, -9, 4}};
    double[][] y = {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}, {0, 0, 0}};
    // The zero target row is excluded even when its sample weight is left at 1.
    float[] g = gradient(array(z), logits -> CrossEntropy.unweighted()
        .compute(logits, array(y), ones(4), 1));
    assertClose(crossEntropy(Z, Y, null),
        CrossEntropy.unweighted().compute(array(z), array(y), ones(4), 1));
    assertArrayEquals(new float[] {0, 0, 0}, java.util.Arrays.copyOfRange(g, 9, 12));
  }

  @Test
  void gradientIsSoftmaxMinusOneHotOverBatch() {
    float[] g = gradient(array(Z), logits -> CrossEntropy.unweighted()
        .compute(logits, array(oneHot(3, Y)), ones(3), 1));
    for (int i = 0; i < 3; i++) {
      double[] p = softmax(Z[i]);
      for (int c = 0; c < 3; c++) {
        assertEquals((p[c] - (c == Y[i] ? 1 : 0)) / 3, g[3 * i + c], 1e-6);
      }
      assertTrue(g[3 * i + Y[i]] < 0, "the true class's logit is pushed up");
    }
  }

  @Test
  void aBatchWithNothingLabelledGivesZeroAndZeroGradient() {
    double[][] y = new double[3][3];
    float[] g = gradient(array(Z), logits -> CrossEntropy.unweighted()
        .compute(logits, array(y), vector(0, 0, 0), 1));
    assertClose(0, CrossEntropy.unweighted().compute(array(Z), array(y), vector(0, 0, 0), 1));
    assertArrayEquals(new float[9], g);
  }

  @Test
  void rejectsWeightsForAnotherClassCount() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CrossEntropy.weighted(ClassVector.of(1, 2))
            .compute(array(Z), array(oneHot(3, Y)), ones(3), 1));
    assertEquals("CrossEntropy: logits have 3 classes but the loss was built for 2; build it"
        + " from this task's class counts", e.getMessage());
  }

  @Test
  void rejectsMismatchedShapesAndEpochs() {
    assertEquals("CrossEntropy: targets must have the logits' shape (3, 3), got (3, 2)",
        assertThrows(IllegalArgumentException.class, () -> CrossEntropy.unweighted()
            .compute(array(Z), array(oneHot(2, 0, 1, 0)), ones(3), 1)).getMessage());
    assertEquals("CrossEntropy: sampleWeights must be [batch] = (3), got (2)",
        assertThrows(IllegalArgumentException.class, () -> CrossEntropy.unweighted()
            .compute(array(Z), array(oneHot(3, Y)), ones(2), 1)).getMessage());
    assertEquals("CrossEntropy: epoch is 1-based, got 0",
        assertThrows(IllegalArgumentException.class, () -> CrossEntropy.unweighted()
            .compute(array(Z), array(oneHot(3, Y)), ones(3), 0)).getMessage());
  }

  @Test
  void rejectsNegativeOrAllZeroWeights() {
    assertEquals("CrossEntropy: class weights must be >= 0, got -1.0 for class 1",
        assertThrows(IllegalArgumentException.class,
            () -> CrossEntropy.weighted(ClassVector.of(1, -1))).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> CrossEntropy.weighted(ClassVector.of(0, 0))).getMessage().contains("all 0"));
  }
}
