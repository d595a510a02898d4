package dev.ballast.evaluation;

/** Probabilities for the {@link Fixtures} cases, chosen so every metric works out by hand. */
final class ProbabilityFixtures {
  private ProbabilityFixtures() {}

  /**
   * Softmax rows for {@link Fixtures#TRUTH} = [a, a, b, b, c]; their argmax is
   * {@link Fixtures#PREDICTED} = [a, b, b, b, a].
   */
  static float[][] single() {
    return new float[][] {{0.6f, 0.3f, 0.1f}, {0.4f, 0.5f, 0.1f}, {0.2f, 0.7f, 0.1f},
        {0.3f, 0.6f, 0.1f}, {0.5f, 0.3f, 0.2f}};
  }

  /** Sigmoid rows over x, y, z for {@link Fixtures#multiTruth()}. */
  static float[][] multi() {
    return new float[][] {{0.9f, 0.2f, 0.1f}, {0.8f, 0.4f, 0.1f}, {0.3f, 0.6f, 0.2f},
        {0.1f, 0.1f, 0.1f}};
  }

  static double[][] widened(float[][] p) {
    double[][] out = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      out[i] = new double[p[i].length];
      for (int c = 0; c < p[i].length; c++) {
        out[i][c] = p[i][c];
      }
    }
    return out;
  }
}
