package dev.ballast.evaluation;

import dev.ballast.data.LabelVocabulary;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Bootstrap 95 % intervals ({@link Bootstrap}) for macro-F1 and balanced accuracy. Every resample
 * is scored by the same code and {@link ZeroDivision} policy as the point estimate; warnings
 * raised inside resamples are dropped. Both intervals are empty, with a warning, when there are no
 * examples to resample.
 */
public record BootstrapIntervals(Bootstrap bootstrap, Optional<ConfidenceInterval> macroF1,
    Optional<ConfidenceInterval> balancedAccuracy) {

  /** {@code truth} and {@code predicted} hold labelled examples only. */
  static BootstrapIntervals singleLabel(String taskName, LabelVocabulary vocab, int[] truth,
      int[] predicted, ZeroDivision zd, Bootstrap bootstrap, ZeroDivisionGuard guard) {
    int k = vocab.size();
    return compute(truth.length, bootstrap, guard, draw -> {
      long[][] counts = new long[k][k];
      for (int i : draw) {
        counts[truth[i]][predicted[i]]++;
      }
      SingleLabelMetrics m =
          SingleLabelMetrics.compute(taskName, ConfusionMatrix.ofCounts(vocab, counts), zd);
      return new double[] {m.macroF1(), m.balancedAccuracy()};
    });
  }

  static BootstrapIntervals multiLabel(String taskName, LabelVocabulary vocab, boolean[][] truth,
      boolean[][] predicted, ZeroDivision zd, Bootstrap bootstrap, ZeroDivisionGuard guard) {
    return compute(truth.length, bootstrap, guard, draw -> {
      boolean[][] t = new boolean[draw.length][];
      boolean[][] p = new boolean[draw.length][];
      for (int i = 0; i < draw.length; i++) {
        t[i] = truth[draw[i]];
        p[i] = predicted[draw[i]];
      }
      MultiLabelMetrics m = MultiLabelMetrics.compute(taskName, vocab, t, p, zd);
      return new double[] {m.macroF1(), m.balancedAccuracy()};
    });
  }

  private static BootstrapIntervals compute(int n, Bootstrap bootstrap, ZeroDivisionGuard guard,
      Function<int[], double[]> statistics) {
    if (n == 0) {
      guard.warn("bootstrap intervals of macro-F1 and balanced accuracy are undefined (no"
          + " examples to resample); reported as null");
      return new BootstrapIntervals(bootstrap, Optional.empty(), Optional.empty());
    }
    List<ConfidenceInterval> ci = bootstrap.intervals(n, statistics);
    return new BootstrapIntervals(bootstrap, Optional.of(ci.get(0)), Optional.of(ci.get(1)));
  }
}
