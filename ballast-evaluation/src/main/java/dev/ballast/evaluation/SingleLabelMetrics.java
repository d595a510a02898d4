package dev.ballast.evaluation;

import dev.ballast.data.LabelVocabulary;
import java.util.List;
import java.util.Objects;

/**
 * Single-label scores computed from one {@link ConfusionMatrix}. Balanced accuracy is the mean
 * recall over classes with true examples (scikit-learn's {@code balanced_accuracy_score}); macro
 * averages run over the whole vocabulary (scikit-learn's {@code labels=}).
 */
public final class SingleLabelMetrics implements ClassificationMetrics {
  private final String taskName;
  private final ConfusionMatrix confusionMatrix;
  private final PrecisionRecallF1.Result scores;
  private final double accuracy;
  private final double balancedAccuracy;
  private final double minClassRecall;
  private final List<String> warnings;

  private SingleLabelMetrics(String taskName, ConfusionMatrix confusionMatrix,
      PrecisionRecallF1.Result scores, double accuracy, double balancedAccuracy,
      double minClassRecall, List<String> warnings) {
    this.taskName = taskName;
    this.confusionMatrix = confusionMatrix;
    this.scores = scores;
    this.accuracy = accuracy;
    this.balancedAccuracy = balancedAccuracy;
    this.minClassRecall = minClassRecall;
    this.warnings = warnings;
  }

  public static SingleLabelMetrics compute(String taskName, ConfusionMatrix cm, ZeroDivision zd) {
    Objects.requireNonNull(cm, "cm");
    ZeroDivisionGuard guard = new ZeroDivisionGuard(taskName, zd);
    int k = cm.size();
    long[] tp = new long[k];
    long[] fp = new long[k];
    long[] fn = new long[k];
    for (int c = 0; c < k; c++) {
      tp[c] = cm.count(c, c);
      fp[c] = cm.predictedCount(c) - tp[c];
      fn[c] = cm.support(c) - tp[c];
    }
    PrecisionRecallF1.Result scores =
        PrecisionRecallF1.compute(cm.vocabulary(), tp, fp, fn, guard);
    double accuracy = guard.ratio(cm.correct(), cm.total(), "accuracy", "no labelled examples");
    SupportedRecall.warnLeftOut(scores.perClass(), "balanced accuracy and min-class recall", guard);
    double balanced = SupportedRecall.mean(scores.perClass(), "balanced accuracy", guard);
    double minRecall = SupportedRecall.min(scores.perClass(), guard);
    return new SingleLabelMetrics(taskName, cm, scores, accuracy, balanced, minRecall,
        guard.warnings());
  }

  public ConfusionMatrix confusionMatrix() {
    return confusionMatrix;
  }

  @Override
  public String taskName() {
    return taskName;
  }

  @Override
  public LabelVocabulary vocabulary() {
    return confusionMatrix.vocabulary();
  }

  @Override
  public long examplesEvaluated() {
    return confusionMatrix.total();
  }

  @Override
  public List<ClassMetrics> perClass() {
    return scores.perClass();
  }

  @Override
  public long totalSupport() {
    return confusionMatrix.total();
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
