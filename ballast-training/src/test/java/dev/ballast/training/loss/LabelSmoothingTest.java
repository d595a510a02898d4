package dev.ballast.training.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LabelSmoothingTest extends NdTestBase {
  static final double[][] Z = CrossEntropyTest.Z;
  static final int[] Y = CrossEntropyTest.Y;

  @Test
  void epsilonZeroIsTheBaseLoss() {
    assertClose(crossEntropy(Z, Y, null), new LabelSmoothing(0, CrossEntropy.unweighted())
        .compute(array(Z), array(oneHot(3, Y)), ones(3), 1));
  }

  @Test
  void mixesTheTargetWithTheUniformDistribution() {
    double eps = 0.1;
    double expected = 0;
    for (int i = 0; i < 3; i++) {
      double[] logP = logSoftmax(Z[i]);
      double uniform = -(logP[0] + logP[1] + logP[2]) / 3;
      expected += (1 - eps) * -logP[Y[i]] + eps * uniform;
    }
    assertClose(expected / 3, new LabelSmoothing(eps, CrossEntropy.unweighted())
        .compute(array(Z), array(oneHot(3, Y)), ones(3), 1));
  }

  @Test
  void composesWithFocalAndKeepsUnlabelledRowsOut() {
    double eps = 0.2;
    double[][] z = {Z[0], Z[1], {4, 4, -4}};
    double[][] y = {{0.6, 0.4, 0}, {0, 0, 1}, {0, 0, 0}};
    double[][] smoothed = new double[2][3];
    for (int i = 0; i < 2; i++) {
      for (int c = 0; c < 3; c++) {
        smoothed[i][c] = (1 - eps) * y[i][c] + eps / 3;
      }
    }
    LabelSmoothing loss = new LabelSmoothing(eps, FocalLoss.of(2));
    assertClose(FocalLossTest.focal(new double[][] {Z[0], Z[1]}, smoothed, 2, null),
        loss.compute(array(z), array(y), ones(3), 1));
    float[] g = gradient(array(z), l -> loss.compute(l, array(y), ones(3), 1));
    assertArrayEquals(new float[] {0, 0, 0}, java.util.Arrays.copyOfRange(g, 6, 9));
  }

  @Test
  void rejectsEpsilonOfOne() {
    assertThrows(IllegalArgumentException.class,
        () -> new LabelSmoothing(1, CrossEntropy.unweighted()));
  }
}
