package dev.ballast.evaluation;

import dev.ballast.data.LabelVocabulary;
import java.util.List;
import java.util.Objects;

/**
 * Multi-label scores beyond {@link MultiLabelMetrics}, computed when per-label probabilities are
 * known: set scores (Hamming, Jaccard), the ICBHI score, per-label ranking, calibration and
 * bootstrap intervals. An undefined value is empty (JSON {@code null}) and has a line in
 * {@link #warnings()}.
 */
public record MultiLabelExtendedMetrics(MultiLabelSetScores sets, IcbhiScore icbhi,
    RankingScores ranking, CalibrationScores calibration, BootstrapIntervals intervals,
    List<String> warnings) {
  public MultiLabelExtendedMetrics {
    Objects.requireNonNull(sets, "sets");
    Objects.requireNonNull(icbhi, "icbhi");
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(calibration, "calibration");
    Objects.requireNonNull(intervals, "intervals");
    warnings = List.copyOf(warnings);
  }

  /**
   * {@code truth} and {@code predicted} are {@code boolean[example][label]},
   * {@code probabilities[example][label]} independent (sigmoid) probabilities.
   */
  public static MultiLabelExtendedMetrics compute(String taskName, LabelVocabulary vocab,
      boolean[][] truth, boolean[][] predicted, float[][] probabilities, ZeroDivision zd,
      Bootstrap bootstrap) {
    Objects.requireNonNull(bootstrap, "bootstrap");
    MultiLabelMetrics.check(vocab, truth, predicted);
    double[][] probs = Probabilities.multiLabel(vocab, probabilities, truth.length);
    ZeroDivisionGuard guard = new ZeroDivisionGuard(taskName, zd);
    int k = vocab.size();
    double[][] scores = new double[k][truth.length];
    boolean[][] positive = new boolean[k][truth.length];
    for (int i = 0; i < truth.length; i++) {
      for (int c = 0; c < k; c++) {
        scores[c][i] = probs[i][c];
        positive[c][i] = truth[i][c];
      }
    }
    MultiLabelSetScores sets = MultiLabelSetScores.compute(vocab, truth, predicted, guard);
    IcbhiScore icbhi = IcbhiScore.compute(truth, predicted, guard);
    RankingScores ranking = RankingScores.compute(vocab, scores, positive, guard);
    CalibrationScores calibration = CalibrationScores.multiLabel(truth, probs, guard);
    BootstrapIntervals intervals =
        BootstrapIntervals.multiLabel(taskName, vocab, truth, predicted, zd, bootstrap, guard);
    return new MultiLabelExtendedMetrics(sets, icbhi, ranking, calibration, intervals,
        guard.warnings());
  }
}
