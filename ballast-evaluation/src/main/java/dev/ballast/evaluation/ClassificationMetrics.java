package dev.ballast.evaluation;

import dev.ballast.data.LabelVocabulary;
import java.util.List;

/**
 * Scores of one task over its whole vocabulary. Every undefined value took the
 * {@link ZeroDivision} policy's value and has a line in {@link #warnings()}.
 */
public sealed interface ClassificationMetrics permits SingleLabelMetrics, MultiLabelMetrics {
  String taskName();

  LabelVocabulary vocabulary();

  /** Examples the scores cover: labelled rows (single-label) or all rows (multi-label). */
  long examplesEvaluated();

  /** One entry per vocabulary label, in vocabulary order. */
  List<ClassMetrics> perClass();

  /** Sum of per-class supports. */
  long totalSupport();

  /** Fraction correct (single-label) or exact-match subset accuracy (multi-label). */
  double accuracy();

  double balancedAccuracy();

  /** Lowest recall among classes with true examples. */
  double minClassRecall();

  /** Unweighted mean over the whole vocabulary (scikit-learn {@code average='macro'}). */
  Average macro();

  /** Mean weighted by support (scikit-learn {@code average='weighted'}). */
  Average weighted();

  /** From counts pooled over classes (scikit-learn {@code average='micro'}). */
  Average micro();

  List<String> warnings();

  default double macroF1() {
    return macro().f1();
  }

  default double weightedF1() {
    return weighted().f1();
  }

  default double microF1() {
    return micro().f1();
  }

  /** The table scikit-learn's {@code classification_report(digits=2)} prints. */
  default String classificationReport() {
    return ClassificationReportText.format(this);
  }
}
