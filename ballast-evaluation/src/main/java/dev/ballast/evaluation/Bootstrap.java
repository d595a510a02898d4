package dev.ballast.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Percentile-bootstrap settings: {@code resamples} draws of n examples with replacement from a
 * {@link Random} seeded with {@code seed} ({@code Random}'s algorithm is fixed by its
 * specification, so the same seed gives the same intervals on every JVM). The interval is the
 * 2.5th to 97.5th percentile of the resampled statistic, percentiles interpolated linearly between
 * order statistics (numpy's default).
 */
public record Bootstrap(int resamples, long seed) {
  /** Coverage of the reported intervals. */
  public static final double CONFIDENCE = 0.95;
  /** 1000 resamples, seed 0: what the {@link TaskEvaluation} factories use unless told. */
  public static final Bootstrap DEFAULT = new Bootstrap(1000, 0L);

  public Bootstrap {
    if (resamples < 1) {
      throw new IllegalArgumentException("bootstrap needs at least 1 resample, got " + resamples
          + "; use e.g. 1000");
    }
  }

  /**
   * Draws the resamples of {@code n > 0} examples; {@code statistics} maps the drawn example
   * indices to m values and gets one interval per value, in order.
   */
  List<ConfidenceInterval> intervals(int n, Function<int[], double[]> statistics) {
    Random random = new Random(seed);
    double[][] values = null;
    for (int b = 0; b < resamples; b++) {
      int[] draw = new int[n];
      for (int i = 0; i < n; i++) {
        draw[i] = random.nextInt(n);
      }
      double[] s = statistics.apply(draw);
      if (values == null) {
        values = new double[s.length][resamples];
      }
      for (int j = 0; j < s.length; j++) {
        values[j][b] = s[j];
      }
    }
    List<ConfidenceInterval> out = new ArrayList<>();
    double tail = (1 - CONFIDENCE) / 2;
    for (double[] v : values) {
      Arrays.sort(v);
      out.add(new ConfidenceInterval(percentile(v, tail), percentile(v, 1 - tail)));
    }
    return out;
  }

  /** The q-quantile of ascending {@code sorted}, interpolated at position {@code q (n - 1)}. */
  static double percentile(double[] sorted, double q) {
    double h = q * (sorted.length - 1);
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
