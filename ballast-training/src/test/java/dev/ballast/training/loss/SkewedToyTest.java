package dev.ballast.training.loss;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two overlapping 2-D Gaussians, 50:1 in training: a linear softmax model trained by plain
 * full-batch gradient descent. Cross-entropy puts the boundary near the minority's mean; the
 * re-weighting losses move it back and recover minority recall on a balanced test set. Focal loss
 * without class weights only down-weights easy examples, which barely moves a linear boundary
 * once trained to convergence: it must not do worse than cross-entropy, no more.
 */
class SkewedToyTest extends NdTestBase {
  static final int EPOCHS = 1000;
  static final float LEARNING_RATE = 0.5f;

  /** {@code float[n][2]} points: {@code major} around (0, 0), {@code minor} around (2, 2). */
  static double[][] points(int major, int minor, long seed, int[] labels) {
    Random r = new Random(seed);
    double[][] x = new double[major + minor][2];
    for (int i = 0; i < x.length; i++) {
      labels[i] = i < major ? 0 : 1;
      x[i][0] = r.nextGaussian() + 2 * labels[i];
      x[i][1] = r.nextGaussian() + 2 * labels[i];
    }
    return x;
  }

  /** Weights {@code [w00, w01, w10, w11, b0, b1]} after training with {@code loss}. */
  float[] train(SingleLabelLoss loss, double[][] x, int[] labels) {
    float[] params = new float[6];
    for (int epoch = 1; epoch <= EPOCHS; epoch++) {
      try (NDManager m = manager.newSubManager()) {
        NDArray p = m.create(params);
        p.setRequiresGradient(true);
        NDArray xs = array(x);
        NDArray y = array(oneHot(2, labels));
        NDArray w = ones(x.length);
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
          NDArray logits = xs.matMul(p.get("0:4").reshape(2, 2)).add(p.get("4:6"));
          gc.backward(loss.compute(logits, y, w, epoch));
        }
        float[] g = p.getGradient().toFloatArray();
        for (int i = 0; i < params.length; i++) {
          params[i] -= LEARNING_RATE * g[i];
        }
      }
    }
    return params;
  }

  static double minorityRecall(float[] p, double[][] x, int[] labels) {
    int hit = 0;
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (labels[i] != 1) {
        continue;
      }
      n++;
      double z0 = x[i][0] * p[0] + x[i][1] * p[2] + p[4];
      double z1 = x[i][0] * p[1] + x[i][1] * p[3] + p[5];
      hit += z1 > z0 ? 1 : 0;
    }
    return hit / (double) n;
  }

  @Test
  void reweightingLossesRecoverMinorityRecall() {
    int[] trainLabels = new int[1020];
    double[][] train = points(1000, 20, 1, trainLabels);
    int[] testLabels = new int[1000];
    double[][] test = points(500, 500, 2, testLabels);
    long[] counts = {1000, 20};
    double ce = minorityRecall(train(CrossEntropy.unweighted(), train, trainLabels),
        test, testLabels);
    double focal = minorityRecall(train(Losses.single("focal", Map.of(), counts), train,
        trainLabels), test, testLabels);
    double cbFocal = minorityRecall(train(Losses.single("cb-focal", Map.of(), counts), train,
        trainLabels), test, testLabels);
    double ldam = minorityRecall(train(Losses.single("ldam-drw",
        Map.of("drw-epoch", String.valueOf(EPOCHS / 2)), counts), train, trainLabels),
        test, testLabels);
    String recalls = "minority recall: ce " + ce + ", focal " + focal + ", cb-focal " + cbFocal
        + ", ldam-drw " + ldam;
    assertTrue(ce < 0.7, recalls);
    assertTrue(focal >= ce, recalls);
    assertTrue(cbFocal > ce + 0.2, recalls);
    assertTrue(ldam > ce + 0.2, recalls);
  }
}
