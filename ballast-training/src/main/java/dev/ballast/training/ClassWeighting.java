package dev.ballast.training;

/**
 * How much each class counts in the loss, from its training count. Weights are scaled so that the
 * average weight per training example is 1, keeping the loss scale of plain cross-entropy.
 */
public enum ClassWeighting {
  /** Every example counts the same. */
  NONE,
  /** {@code 1 / n_c}: every class counts the same in total. */
  INVERSE_FREQUENCY,
  /** {@code 1 / sqrt(n_c)}: half-way between none and inverse frequency. */
  INVERSE_SQRT;

  /** Weight per class from {@code counts[class]}; a class with no examples gets the largest weight. */
  public double[] weights(long[] counts) {
    double[] w = new double[counts.length];
    double total = 0;
    double weighted = 0;
    double max = 0;
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] > 0) {
        w[c] = switch (this) {
          case NONE -> 1.0;
          case INVERSE_FREQUENCY -> 1.0 / counts[c];
          case INVERSE_SQRT -> 1.0 / Math.sqrt(counts[c]);
        };
        max = Math.max(max, w[c]);
        total += counts[c];
        weighted += counts[c] * w[c];
      }
    }
    for (int c = 0; c < counts.length; c++) {
      w[c] = (counts[c] > 0 ? w[c] : max) * (weighted > 0 ? total / weighted : 1);
    }
    return w;
  }
}
