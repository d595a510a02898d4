package dev.ballast.encoders;

import java.util.Arrays;

/** Statistics of one feature track over frames (mean, standard deviation, percentiles). */
final class FrameStatistics {
  private FrameStatistics() {}

  /** Column {@code dim} of {@code float[frame][dim]} restricted to {@code frames}. */
  static double[] column(float[][] x, int[] frames, int dim) {
    double[] v = new double[frames.length];
    for (int i = 0; i < frames.length; i++) {
      v[i] = x[frames[i]][dim];
    }
    return v;
  }

  static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  static double std(double[] v) {
    double m = mean(v);
    double s = 0;
    for (double d : v) {
      s += (d - m) * (d - m);
    }
    return Math.sqrt(s / v.length);
  }

  /** Percentiles with linear interpolation; {@code ps} in [0, 100]. */
  static double[] percentiles(double[] v, double... ps) {
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    double[] out = new double[ps.length];
    for (int i = 0; i < ps.length; i++) {
      double pos = ps[i] / 100.0 * (sorted.length - 1);
      int lo = (int) Math.floor(pos);
      int hi = Math.min(sorted.length - 1, lo + 1);
      out[i] = sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
    return out;
  }

  /** Least-squares slope per frame. */
  static double slope(double[] v) {
    int n = v.length;
    if (n < 2) {
      return 0;
    }
    double mt = (n - 1) / 2.0;
    double mv = mean(v);
    double num = 0;
    double den = 0;
    for (int t = 0; t < n; t++) {
      num += (t - mt) * (v[t] - mv);
      den += (t - mt) * (t - mt);
    }
    return num / den;
  }
}
