package dev.ballast.evaluation;

/**
 * The value an undefined metric takes (scikit-learn's {@code zero_division}): the precision of a
 * class never predicted, the recall of a class absent from the truth, and so on. Whichever value is
 * used, the metrics also record a warning naming the metric, so an undefined score is never silent.
 *
 * <p>The policy covers ratios inside precision/recall/F1-style averages (including Jaccard). Scores
 * with no natural stand-in value (ROC-AUC, PR-AUC, MCC, kappa, calibration, ICBHI, intervals) are
 * instead left empty, reported as JSON {@code null} and "n/a" in text, with a warning: a 0 there
 * would read as a real, very bad score.
 */
public enum ZeroDivision {
  ZERO(0.0),
  ONE(1.0);

  private final double value;

  ZeroDivision(double value) {
    this.value = value;
  }

  public double value() {
    return value;
  }

  /** How the value reads in warnings: {@code 0} or {@code 1}. */
  String text() {
    return this == ZERO ? "0" : "1";
  }
}
