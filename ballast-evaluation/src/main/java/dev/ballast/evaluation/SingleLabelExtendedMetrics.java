package dev.ballast.evaluation;

import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Target;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Single-label scores beyond {@link SingleLabelMetrics}, computed when class probabilities are
 * known: agreement (g-mean, MCC, kappa), one-vs-rest ranking, top-k accuracy (k in
 * {@link TopKAccuracy#REPORTED_K} below the class count, keyed by k), calibration and bootstrap
 * intervals. Unlabelled examples (truth -1) are left out of all of them. An undefined value is
 * empty (JSON {@code null}) and has a line in {@link #warnings()}.
 */
public record SingleLabelExtendedMetrics(AgreementScores agreement, RankingScores ranking,
    Map<Integer, OptionalDouble> topKAccuracy, CalibrationScores calibration,
    BootstrapIntervals intervals, List<String> warnings) {
  public SingleLabelExtendedMetrics {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(calibration, "calibration");
    Objects.requireNonNull(intervals, "intervals");
    topKAccuracy = Collections.unmodifiableMap(new LinkedHashMap<>(topKAccuracy));
    warnings = List.copyOf(warnings);
  }

  /**
   * {@code truth[example]} is a class index or -1 (not labelled), {@code predicted[example]} a class
   * index, {@code probabilities[example][class]} softmax outputs (each row sums to 1).
   */
  public static SingleLabelExtendedMetrics compute(String taskName, LabelVocabulary vocab,
      int[] truth, int[] predicted, float[][] probabilities, ZeroDivision zd,
      Bootstrap bootstrap) {
    Objects.requireNonNull(bootstrap, "bootstrap");
    ConfusionMatrix cm = ConfusionMatrix.of(vocab, truth, predicted);
    double[][] all = Probabilities.singleLabel(vocab, probabilities, truth.length);
    ZeroDivisionGuard guard = new ZeroDivisionGuard(taskName, zd);
    int n = (int) cm.total();
    int k = vocab.size();
    int[] t = new int[n];
    int[] p = new int[n];
    double[][] probs = new double[n][];
    double[][] scores = new double[k][n];
    boolean[][] positive = new boolean[k][n];
    for (int i = 0, j = 0; i < truth.length; i++) {
      if (truth[i] == Target.Single.MISSING) {
        continue;
      }
      t[j] = truth[i];
      p[j] = predicted[i];
      probs[j] = all[i];
      for (int c = 0; c < k; c++) {
        scores[c][j] = all[i][c];
        positive[c][j] = truth[i] == c;
      }
      j++;
    }
    AgreementScores agreement = AgreementScores.compute(cm, guard);
    RankingScores ranking = RankingScores.compute(vocab, scores, positive, guard);
    Map<Integer, OptionalDouble> topK = TopKAccuracy.reported(t, probs, k, guard);
    CalibrationScores calibration = CalibrationScores.singleLabel(t, probs, guard);
    BootstrapIntervals intervals =
        BootstrapIntervals.singleLabel(taskName, vocab, t, p, zd, bootstrap, guard);
    return new SingleLabelExtendedMetrics(agreement, ranking, topK, calibration, intervals,
        guard.warnings());
  }
}
