package dev.ballast.reports;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One-vs-rest ROC curve: one point per distinct score, thresholds from the highest score down,
 * from (0, 0) to (1, 1). Tied scores form one diagonal step, so the trapezoid area equals the
 * Mann-Whitney ROC-AUC the evaluation module reports. Needs a positive and a negative.
 */
record RocCurve(double[] falsePositiveRate, double[] truePositiveRate, double auc) {
  /** Plotting resolution: a point this close to the last kept one in both rates is dropped. */
  private static final double MIN_STEP = 1e-3;

  static RocCurve of(Outcomes.Binary outcomes) {
    double[] scores = outcomes.scores();
    boolean[] positive = outcomes.positive();
    double positives = outcomes.positives();
    double negatives = outcomes.negatives();
    Integer[] order = new Integer[scores.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    double[] fpr = new double[scores.length + 1];
    double[] tpr = new double[scores.length + 1];
    int points = 1;
    long tp = 0;
    long fp = 0;
    double auc = 0;
    for (int start = 0; start < order.length; ) {
      int end = start;
      while (end < order.length && scores[order[end]] == scores[order[start]]) {
        tp += positive[order[end]] ? 1 : 0;
        fp += positive[order[end]] ? 0 : 1;
        end++;
      }
      fpr[points] = fp / negatives;
      tpr[points] = tp / positives;
      auc += (fpr[points] - fpr[points - 1]) * (tpr[points] + tpr[points - 1]) / 2;
      points++;
      start = end;
    }
    return thinned(Arrays.copyOf(fpr, points), Arrays.copyOf(tpr, points), auc);
  }

  private static RocCurve thinned(double[] fpr, double[] tpr, double auc) {
    double[] x = new double[fpr.length];
    double[] y = new double[tpr.length];
    int kept = 0;
    for (int i = 0; i < fpr.length; i++) {
      boolean last = i == fpr.length - 1;
      if (i == 0 || last || Math.abs(fpr[i] - x[kept - 1]) >= MIN_STEP
          || Math.abs(tpr[i] - y[kept - 1]) >= MIN_STEP) {
        x[kept] = fpr[i];
        y[kept++] = tpr[i];
      }
    }
    return new RocCurve(Arrays.copyOf(x, kept), Arrays.copyOf(y, kept), auc);
  }
}
