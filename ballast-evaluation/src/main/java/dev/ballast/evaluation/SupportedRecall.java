package dev.ballast.evaluation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Mean and minimum recall over the classes that have true examples (scikit-learn's
 * {@code balanced_accuracy_score} leaves unsupported classes out the same way).
 */
final class SupportedRecall {
  private SupportedRecall() {}

  /** Warns once, naming every class without true examples, that {@code metrics} leave it out. */
  static void warnLeftOut(List<ClassMetrics> perClass, String metrics, ZeroDivisionGuard guard) {
    String leftOut = perClass.stream().filter(m -> m.support() == 0)
        .map(m -> "'" + m.label() + "'").collect(Collectors.joining(", "));
    if (!leftOut.isEmpty()) {
      guard.warn("classes without true examples are left out of " + metrics + ": " + leftOut);
    }
  }

  static double mean(List<ClassMetrics> perClass, String metric, ZeroDivisionGuard guard) {
    double sum = 0;
    int n = 0;
    for (ClassMetrics m : perClass) {
      if (m.support() > 0) {
        sum += m.recall();
        n++;
      }
    }
    return guard.ratio(sum, n, metric, "no class has true examples");
  }

  static double min(List<ClassMetrics> perClass, ZeroDivisionGuard guard) {
    double min = Double.POSITIVE_INFINITY;
    for (ClassMetrics m : perClass) {
      if (m.support() > 0) {
        min = Math.min(min, m.recall());
      }
    }
    return min == Double.POSITIVE_INFINITY
        ? guard.undefined("min-class recall", "no class has true examples") : min;
  }
}
