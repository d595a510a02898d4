package dev.ballast.evaluation;

/**
 * A figure over repeated runs (seeds): mean and sample standard deviation (n - 1; 0 for one run).
 */
public record MeanStd(double mean, double std, int runs) {

  public static MeanStd of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("mean ± std needs at least one run, got none");
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / values.length;
    double sq = 0;
    for (double v : values) {
      sq += (v - mean) * (v - mean);
    }
    double std = values.length > 1 ? Math.sqrt(sq / (values.length - 1)) : 0;
    return new MeanStd(mean, std, values.length);
  }

  /** {@code 0.542 ± 0.024}. */
  public String format() {
    return String.format(java.util.Locale.ROOT, "%.3f ± %.3f", mean, std);
  }
}
