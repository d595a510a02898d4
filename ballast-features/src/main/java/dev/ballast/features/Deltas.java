package dev.ballast.features;

/** Kaldi's delta features: regression over ±{@code window} frames, edge frames repeated. */
public final class Deltas {
  private Deltas() {}

  /** First-order deltas of {@code float[frame][dim]}. */
  public static float[][] compute(float[][] x, int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1, got " + window);
    }
    int n = x.length;
    float[][] out = new float[n][];
    double denom = 0;
    for (int k = 1; k <= window; k++) {
      denom += 2.0 * k * k;
    }
    for (int t = 0; t < n; t++) {
      int dim = x[t].length;
      out[t] = new float[dim];
      for (int d = 0; d < dim; d++) {
        double s = 0;
        for (int k = 1; k <= window; k++) {
          s += k * (x[Math.min(n - 1, t + k)][d] - x[Math.max(0, t - k)][d]);
        }
        out[t][d] = (float) (s / denom);
      }
    }
    return out;
  }
}
