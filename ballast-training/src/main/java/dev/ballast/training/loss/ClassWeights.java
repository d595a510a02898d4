package dev.ballast.training.loss;

/**
 * Per-class loss weights from training counts, scaled to a mean of 1 over classes
 * ({@code sum_c w_c = classes}, as Cui et al. 2019). Classes with no examples are weighted as the
 * rarest class that has some ({@link ClassCounts#seen}).
 */
public final class ClassWeights {
  private ClassWeights() {
  }

  /** {@code w_c ∝ 1 / n_c}. */
  public static ClassVector inverseFrequency(ClassCounts counts) {
    return power(counts, 1);
  }

  /** {@code w_c ∝ 1 / sqrt(n_c)}. */
  public static ClassVector inverseSqrt(ClassCounts counts) {
    return power(counts, 0.5);
  }

  /**
   * Inverse effective number of samples (Cui et al. 2019): {@code w_c ∝ (1 - beta) / (1 -
   * beta^n_c)}. {@code beta = 0} gives equal weights; {@code beta -> 1} tends to inverse frequency.
   *
   * @param beta in [0, 1)
   */
  public static ClassVector effectiveNumber(ClassCounts counts, double beta) {
    if (!(beta >= 0 && beta < 1)) {
      throw new IllegalArgumentException("effective-number beta must be in [0, 1), got " + beta
          + "; typical values are 0.9, 0.99, 0.999, 0.9999");
    }
    double[] w = new double[counts.size()];
    for (int c = 0; c < w.length; c++) {
      // 1 - beta^n computed as -expm1(n log beta): exact enough when beta is close to 1.
      double effective = beta == 0 ? 1 : -Math.expm1(counts.seen(c) * Math.log(beta));
      w[c] = (1 - beta) / effective;
    }
    return meanOne(w);
  }

  private static ClassVector power(ClassCounts counts, double p) {
    double[] w = new double[counts.size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = Math.pow(counts.seen(c), -p);
    }
    return meanOne(w);
  }

  private static ClassVector meanOne(double[] w) {
    double sum = 0;
    for (double v : w) {
      sum += v;
    }
    for (int c = 0; c < w.length; c++) {
      w[c] *= w.length / sum;
    }
    return new ClassVector(w);
  }
}
