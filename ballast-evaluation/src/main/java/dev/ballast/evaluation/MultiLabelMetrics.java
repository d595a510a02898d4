package dev.ballast.evaluation;

import dev.ballast.data.LabelVocabulary;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Multi-label scores from 0/1 matrices laid out {@code boolean[example][label]}. Accuracy is
 * exact-match subset accuracy; balanced accuracy is the mean over labels of
 * {@code (sensitivity + specificity) / 2}, where an undefined sensitivity (no positives) or
 * specificity (no negatives) takes the {@link ZeroDivision} value with a warning. Rows with no
 * label set are valid in both truth and predictions.
 */
public final class MultiLabelMetrics implements ClassificationMetrics {
  private final String taskName;
  private final LabelVocabulary vocabulary;
  private final long examples;
  private final PrecisionRecallF1.Result scores;
  private final double accuracy;
  private final double balancedAccuracy;
  private final double minClassRecall;
  private final List<String> warnings;

  private MultiLabelMetrics(String taskName, LabelVocabulary vocabulary, long examples,
      PrecisionRecallF1.Result scores, double accuracy, double balancedAccuracy,
      double minClassRecall, List<String> warnings) {
    this.taskName = taskName;
    this.vocabulary = vocabulary;
    this.examples = examples;
    this.scores = scores;
    this.accuracy = accuracy;
    this.balancedAccuracy = balancedAccuracy;
    this.minClassRecall = minClassRecall;
    this.warnings = warnings;
  }

  public static MultiLabelMetrics compute(String taskName, LabelVocabulary vocab,
      boolean[][] truth, boolean[][] predicted, ZeroDivision zd) {
    ZeroDivisionGuard guard = new ZeroDivisionGuard(taskName, zd);
    check(vocab, truth, predicted);
    int k = vocab.size();
    long[] tp = new long[k];
    long[] fp = new long[k];
    long[] fn = new long[k];
    long[] tn = new long[k];
    long exact = 0;
    for (int i = 0; i < truth.length; i++) {
      for (int c = 0; c < k; c++) {
        boolean t = truth[i][c];
        boolean p = predicted[i][c];
        if (t && p) {
          tp[c]++;
        } else if (p) {
          fp[c]++;
        } else if (t) {
          fn[c]++;
        } else {
          tn[c]++;
        }
      }
      exact += Arrays.equals(truth[i], predicted[i]) ? 1 : 0;
    }
    PrecisionRecallF1.Result scores = PrecisionRecallF1.compute(vocab, tp, fp, fn, guard);
    double accuracy = guard.ratio(exact, truth.length, "subset accuracy", "no examples");
    double balanced = 0;
    for (int c = 0; c < k; c++) {
      double specificity = guard.ratio(tn[c], tn[c] + fp[c],
          "specificity of '" + vocab.label(c) + "'", "no negative examples");
      balanced += (scores.perClass().get(c).recall() + specificity) / 2;
    }
    SupportedRecall.warnLeftOut(scores.perClass(), "min-class recall", guard);
    double minRecall = SupportedRecall.min(scores.perClass(), guard);
    return new MultiLabelMetrics(taskName, vocab, truth.length, scores, accuracy, balanced / k,
        minRecall, guard.warnings());
  }

  static void check(LabelVocabulary vocab, boolean[][] truth, boolean[][] predicted) {
    Objects.requireNonNull(vocab, "vocab");
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    if (truth.length != predicted.length) {
      throw new IllegalArgumentException("truth and predicted need one row per example, got "
          + truth.length + " truth and " + predicted.length + " predicted rows; pass a"
          + " prediction for every example");
    }
    for (int i = 0; i < truth.length; i++) {
      checkRow("truth", i, truth[i], vocab);
      checkRow("predicted", i, predicted[i], vocab);
    }
  }

  private static void checkRow(String name, int i, boolean[] row, LabelVocabulary vocab) {
    if (row == null || row.length != vocab.size()) {
      throw new IllegalArgumentException(name + "[" + i + "] has "
          + (row == null ? "no row" : row.length + " entries") + " but " + vocab + " has "
          + vocab.size() + " labels; pass one boolean per label (all false for no label)");
    }
  }

  @Override
  public String taskName() {
    return taskName;
  }

  @Override
  public LabelVocabulary vocabulary() {
    return vocabulary;
  }

  @Override
  public long examplesEvaluated() {
    return examples;
  }

  @Override
  public List<ClassMetrics> perClass() {
    return scores.perClass();
  }

  @Override
  public long totalSupport() {
    return perClass().stream().mapToLong(ClassMetrics::support).sum();
  }

  @Override
  public double accuracy() {
    return accuracy;
  }

  @Override
  public double balancedAccuracy() {
    return balancedAccuracy;
  }

  @Override
  public double minClassRecall() {
    return minClassRecall;
  }

  @Override
  public Average macro() {
    return scores.macro();
  }

  @Override
  public Average weighted() {
    return scores.weighted();
  }

  @Override
  public Average micro() {
    return scores.micro();
  }

  @Override
  public List<String> warnings() {
    return warnings;
  }
}
