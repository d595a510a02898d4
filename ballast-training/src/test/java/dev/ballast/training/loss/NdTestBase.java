package dev.ballast.training.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A PyTorch manager per test, array shorthands and plain-double reference maths. */
abstract class NdTestBase {
  static final double TOL = 1e-5;
  NDManager manager;

  @BeforeEach
  void openManager() {
    manager = NDManager.newBaseManager("PyTorch");
  }

  @AfterEach
  void closeManager() {
    manager.close();
  }

  NDArray array(double[][] values) {
    float[][] f = new float[values.length][];
    for (int i = 0; i < values.length; i++) {
      f[i] = new float[values[i].length];
      for (int j = 0; j < f[i].length; j++) {
        f[i][j] = (float) values[i][j];
      }
    }
    return manager.create(f);
  }

  NDArray vector(double... values) {
    float[] f = new float[values.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) values[i];
    }
    return manager.create(f);
  }

  NDArray ones(int n) {
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1);
    return vector(w);
  }

  static double[][] oneHot(int classes, int... labels) {
    double[][] y = new double[labels.length][classes];
    for (int i = 0; i < labels.length; i++) {
      y[i][labels[i]] = 1;
    }
    return y;
  }

  static void assertClose(double expected, NDArray scalar) {
    assertEquals(0, scalar.getShape().dimension(), "a loss is a scalar");
    assertEquals(expected, scalar.getFloat(), TOL * Math.max(1, Math.abs(expected)));
  }

  /** d loss / d logits, {@code float[batch][classes]} flattened row-major. */
  static float[] gradient(NDArray logits, Function<NDArray, NDArray> loss) {
    logits.setRequiresGradient(true);
    try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
      gc.backward(loss.apply(logits));
    }
    return logits.getGradient().toFloatArray();
  }

  static double[] logSoftmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : z) {
      sum += Math.exp(v - max);
    }
    double log = max + Math.log(sum);
    double[] out = new double[z.length];
    for (int c = 0; c < z.length; c++) {
      out[c] = z[c] - log;
    }
    return out;
  }

  static double[] softmax(double[] z) {
    double[] l = logSoftmax(z);
    for (int c = 0; c < l.length; c++) {
      l[c] = Math.exp(l[c]);
    }
    return l;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** Weighted cross-entropy of hard labels in doubles, PyTorch's convention. */
  static double crossEntropy(double[][] z, int[] labels, double[] classWeights) {
    double num = 0;
    double den = 0;
    for (int i = 0; i < z.length; i++) {
      double a = classWeights == null ? 1 : classWeights[labels[i]];
      num -= a * logSoftmax(z[i])[labels[i]];
      den += a;
    }
    return num / den;
  }
}
