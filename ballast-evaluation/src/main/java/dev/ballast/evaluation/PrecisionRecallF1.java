package dev.ballast.evaluation;

import dev.ballast.data.LabelVocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-class precision, recall and F1 from one-vs-rest counts over a fixed vocabulary, with macro,
 * weighted and micro averages (scikit-learn's {@code precision_recall_fscore_support} with
 * {@code labels=}). F1 is {@code 2tp / (2tp + fp + fn)}, so it is undefined only for a class with
 * neither true examples nor predictions, whatever value an undefined precision or recall took.
 */
final class PrecisionRecallF1 {
  private PrecisionRecallF1() {}

  record Result(List<ClassMetrics> perClass, Average macro, Average weighted, Average micro) {}

  /** Arrays are indexed by class, {@code [class]}, and have the vocabulary's size. */
  static Result compute(LabelVocabulary vocab, long[] tp, long[] fp, long[] fn,
      ZeroDivisionGuard guard) {
    int k = vocab.size();
    List<ClassMetrics> perClass = new ArrayList<>(k);
    long tpSum = 0;
    long predSum = 0;
    long trueSum = 0;
    for (int c = 0; c < k; c++) {
      String name = "'" + vocab.label(c) + "'";
      long predicted = tp[c] + fp[c];
      long support = tp[c] + fn[c];
      double p = guard.ratio(tp[c], predicted, "precision of " + name, "no predictions");
      double r = guard.ratio(tp[c], support, "recall of " + name, "no true examples");
      double f = guard.ratio(2.0 * tp[c], support + predicted, "F1 of " + name,
          "no true examples and no predictions");
      perClass.add(new ClassMetrics(vocab.label(c), p, r, f, support));
      tpSum += tp[c];
      predSum += predicted;
      trueSum += support;
    }
    return new Result(List.copyOf(perClass), macro(perClass), weighted(perClass, trueSum, guard),
        micro(tpSum, predSum, trueSum, guard));
  }

  private static Average macro(List<ClassMetrics> perClass) {
    double p = 0;
    double r = 0;
    double f = 0;
    for (ClassMetrics m : perClass) {
      p += m.precision();
      r += m.recall();
      f += m.f1();
    }
    int k = perClass.size();
    return new Average(p / k, r / k, f / k);
  }

  private static Average weighted(List<ClassMetrics> perClass, long trueSum,
      ZeroDivisionGuard guard) {
    if (trueSum == 0) {
      double v = guard.undefined("weighted average", "no true examples of any class");
      return new Average(v, v, v);
    }
    double p = 0;
    double r = 0;
    double f = 0;
    for (ClassMetrics m : perClass) {
      p += m.precision() * m.support();
      r += m.recall() * m.support();
      f += m.f1() * m.support();
    }
    return new Average(p / trueSum, r / trueSum, f / trueSum);
  }

  private static Average micro(long tpSum, long predSum, long trueSum, ZeroDivisionGuard guard) {
    return new Average(
        guard.ratio(tpSum, predSum, "micro precision", "no predictions of any class"),
        guard.ratio(tpSum, trueSum, "micro recall", "no true examples of any class"),
        guard.ratio(2.0 * tpSum, trueSum + predSum, "micro F1",
            "no true examples and no predictions of any class"));
  }
}
