package dev.ballast.evaluation;

import dev.ballast.data.Target;
import dev.ballast.data.Task;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How well probabilities match frequencies; all lower-better, all empty (JSON {@code null}) with a
 * warning when there is nothing to score.
 *
 * <p>Single-label: the confidence of an example is its largest class probability, a hit when that
 * class (the lowest index among ties) is the true one; Brier is {@code sum_c (p_c - [c = y])^2}
 * (0..2) and log loss is {@code -ln p_y}, each averaged over labelled examples.
 *
 * <p>Multi-label: every (example, label) pair is a binary prediction whose confidence is the
 * label's probability and whose outcome is whether the label is true; Brier is
 * {@code (p - y)^2} and log loss the binary cross-entropy, averaged over all pairs.
 *
 * <p>ECE uses {@value #BINS} equal-width bins, adaptive ECE {@value #BINS} equal-mass bins, MCE
 * the largest gap of a non-empty equal-width bin. Log loss clips probabilities to
 * [{@link #PROBABILITY_FLOOR}, 1 - {@link #PROBABILITY_FLOOR}] and warns how many it clipped.
 */
public record CalibrationScores(OptionalDouble expectedCalibrationError,
    OptionalDouble adaptiveCalibrationError, OptionalDouble maxCalibrationError,
    OptionalDouble brierLoss, OptionalDouble logLoss) {
  /** Bins for ECE, adaptive ECE and MCE. */
  public static final int BINS = 15;
  /** Float32 machine epsilon, 2^-23: the smallest probability log loss uses. */
  public static final double PROBABILITY_FLOOR = Math.ulp(1.0f);

  /**
   * Calibration of a single-label task's class probabilities {@code float[example][class]} alone,
   * without the other metrics; examples with truth -1 (unlabelled) are left out.
   */
  public static CalibrationScores of(Task task, int[] truth, float[][] probabilities) {
    double[][] all = Probabilities.singleLabel(task.vocabulary(), probabilities, truth.length);
    int labelled = 0;
    for (int t : truth) {
      labelled += t == Target.Single.MISSING ? 0 : 1;
    }
    int[] t = new int[labelled];
    double[][] p = new double[labelled][];
    for (int i = 0, j = 0; i < truth.length; i++) {
      if (truth[i] != Target.Single.MISSING) {
        t[j] = truth[i];
        p[j++] = all[i];
      }
    }
    return singleLabel(t, p, new ZeroDivisionGuard(task.name(), ZeroDivision.ZERO));
  }

  /** Calibration of a multi-label task's label probabilities {@code float[example][label]} alone. */
  public static CalibrationScores of(Task task, boolean[][] truth, float[][] probabilities) {
    return multiLabel(truth, Probabilities.multiLabel(task.vocabulary(), probabilities,
        truth.length), new ZeroDivisionGuard(task.name(), ZeroDivision.ZERO));
  }

  /** {@code truth[example]} labelled only, {@code probabilities[example][class]}. */
  static CalibrationScores singleLabel(int[] truth, double[][] probabilities,
      ZeroDivisionGuard guard) {
    int n = truth.length;
    if (n == 0) {
      return absent("no labelled examples", guard);
    }
    double[] confidence = new double[n];
    double[] hit = new double[n];
    double brier = 0;
    double logLoss = 0;
    int clipped = 0;
    for (int i = 0; i < n; i++) {
      double[] p = probabilities[i];
      int top = 0;
      for (int c = 0; c < p.length; c++) {
        double error = p[c] - (c == truth[i] ? 1 : 0);
        brier += error * error;
        top = p[c] > p[top] ? c : top;
      }
      confidence[i] = p[top];
      hit[i] = top == truth[i] ? 1 : 0;
      clipped += p[truth[i]] < PROBABILITY_FLOOR ? 1 : 0;
      logLoss -= Math.log(Math.max(p[truth[i]], PROBABILITY_FLOOR));
    }
    return scores(confidence, hit, brier / n, logLoss / n, clipped, guard);
  }

  /** {@code truth[example][label]}, {@code probabilities[example][label]}. */
  static CalibrationScores multiLabel(boolean[][] truth, double[][] probabilities,
      ZeroDivisionGuard guard) {
    int labels = truth.length == 0 ? 0 : truth[0].length;
    int n = truth.length * labels;
    if (n == 0) {
      return absent("no examples", guard);
    }
    double[] confidence = new double[n];
    double[] outcome = new double[n];
    double brier = 0;
    double logLoss = 0;
    int clipped = 0;
    for (int i = 0; i < truth.length; i++) {
      for (int c = 0; c < labels; c++) {
        double p = probabilities[i][c];
        double y = truth[i][c] ? 1 : 0;
        double pTrue = truth[i][c] ? p : 1 - p;
        confidence[i * labels + c] = p;
        outcome[i * labels + c] = y;
        brier += (p - y) * (p - y);
        clipped += pTrue < PROBABILITY_FLOOR ? 1 : 0;
        logLoss -= Math.log(Math.max(pTrue, PROBABILITY_FLOOR));
      }
    }
    return scores(confidence, outcome, brier / n, logLoss / n, clipped, guard);
  }

  private static CalibrationScores scores(double[] confidence, double[] outcome, double brier,
      double logLoss, int clipped, ZeroDivisionGuard guard) {
    if (clipped > 0) {
      guard.warn("NLL clipped " + clipped + " true-outcome probabilities below "
          + PROBABILITY_FLOOR + " to that value; the model is certain and wrong there");
    }
    List<CalibrationBins.Bin> width = CalibrationBins.equalWidth(confidence, outcome, BINS);
    List<CalibrationBins.Bin> mass = CalibrationBins.equalMass(confidence, outcome, BINS);
    int n = confidence.length;
    return new CalibrationScores(OptionalDouble.of(CalibrationBins.expectedError(width, n)),
        OptionalDouble.of(CalibrationBins.expectedError(mass, n)),
        OptionalDouble.of(CalibrationBins.maximumError(width)), OptionalDouble.of(brier),
        OptionalDouble.of(logLoss));
  }

  private static CalibrationScores absent(String reason, ZeroDivisionGuard guard) {
    OptionalDouble none = guard.absent("calibration (ECE, adaptive ECE, MCE, Brier, NLL)", reason);
    return new CalibrationScores(none, none, none, none, none);
  }
}
