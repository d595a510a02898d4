package dev.ballast.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CalibrationScoresTest {
  private static final double EPS = 1e-12;
  /** Float inputs (0.6f is 0.6000000238...) move results by ~1e-8. */
  private static final double FLOAT_EPS = 1e-6;

  private static ZeroDivisionGuard guard() {
    return new ZeroDivisionGuard("emotion", ZeroDivision.ZERO);
  }

  @Test
  void equalWidthAndEqualMassBinsDiffer() {
    double[] conf = {0.1, 0.2, 0.3, 0.9};
    double[] hit = {0, 1, 0, 1};
    // 2 equal-width bins: (0, .5] holds .1 .2 .3: conf .2, acc 1/3; (.5, 1] holds .9: acc 1
    var width = CalibrationBins.equalWidth(conf, hit, 2);
    // ECE = 3/4 |1/3 - .2| + 1/4 |1 - .9| = 3/4 x 2/15 + 1/40 = 0.1 + 0.025
    assertEquals(0.125, CalibrationBins.expectedError(width, 4), EPS);
    assertEquals(2.0 / 15, CalibrationBins.maximumError(width), EPS);
    // 2 equal-mass bins: {.1 .2}: conf .15, acc 1/2; {.3 .9}: conf .6, acc 1/2
    // ECE = 1/2 x .35 + 1/2 x .1
    assertEquals(0.225, CalibrationBins.expectedError(CalibrationBins.equalMass(conf, hit, 2), 4),
        EPS);
  }

  @Test
  void equalMassBinsNeverSplitTies() {
    double[] conf = {0.2, 0.4, 0.4, 0.4, 0.9, 0.9};
    double[] hit = {0, 0, 1, 1, 1, 1};
    // 3 bins of 2 by position: [.2 .4] [.4 .4] [.9 .9]; the first takes the whole .4 run
    assertEquals(List.of(new CalibrationBins.Bin(4, 0.35, 0.5), new CalibrationBins.Bin(2, 0.9, 1)),
        CalibrationBins.equalMass(conf, hit, 3));
  }

  @Test
  void equalWidthBinsAreClosedOnTheRightAndBinZeroTakesZero() {
    var bins = CalibrationBins.equalWidth(new double[] {0.0, 0.5, 0.75, 1.0},
        new double[] {0, 0, 1, 1}, 4);
    // 0 and .5 land in (0, .25] and (.25, .5]; .75 in (.5, .75]; 1 in (.75, 1]
    assertEquals(List.of(new CalibrationBins.Bin(1, 0.0, 0), new CalibrationBins.Bin(1, 0.5, 0),
        new CalibrationBins.Bin(1, 0.75, 1), new CalibrationBins.Bin(1, 1.0, 1)), bins);
  }

  @Test
  void singleLabelWorkedByHand() {
    ZeroDivisionGuard guard = guard();
    CalibrationScores c = CalibrationScores.singleLabel(Fixtures.TRUTH,
        ProbabilityFixtures.widened(ProbabilityFixtures.single()), guard);
    // (confidence, hit): (.6, 1) (.5, 0) (.7, 1) (.6, 1) (.5, 0); with 15 bins .5, .6 and .7 fall
    // in three different bins, and as 5 < 15 examples the equal-mass bins are the same three
    // (one example each, except that tied confidences share a bin).
    // ECE = 2/5 |0 - .5| + 2/5 |1 - .6| + 1/5 |1 - .7| = .2 + .16 + .06
    assertEquals(0.42, c.expectedCalibrationError().getAsDouble(), FLOAT_EPS);
    assertEquals(0.42, c.adaptiveCalibrationError().getAsDouble(), FLOAT_EPS);
    assertEquals(0.5, c.maxCalibrationError().getAsDouble(), FLOAT_EPS);
    // Brier rows: .16+.09+.01, .36+.25+.01, .04+.09+.01, .09+.16+.01, .25+.09+.64 -> 2.26 / 5
    assertEquals(0.452, c.brierLoss().getAsDouble(), FLOAT_EPS);
    // NLL = -(ln .6 + ln .4 + ln .7 + ln .6 + ln .2) / 5
    double nll = -(2 * Math.log(0.6) + Math.log(0.4) + Math.log(0.7) + Math.log(0.2)) / 5;
    assertEquals(nll, c.logLoss().getAsDouble(), FLOAT_EPS);
    assertEquals(List.of(), guard.warnings());
  }

  @Test
  void allSameProbabilitiesAtChanceAreCalibrated() {
    // four rows [.5 .5], truth a, b, a, b: argmax a (lowest index), confidence .5, accuracy 1/2
    double[][] p = {{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}};
    CalibrationScores c = CalibrationScores.singleLabel(new int[] {0, 1, 0, 1}, p, guard());
    assertEquals(0.0, c.expectedCalibrationError().getAsDouble(), EPS);
    assertEquals(0.0, c.adaptiveCalibrationError().getAsDouble(), EPS);
    assertEquals(0.0, c.maxCalibrationError().getAsDouble(), EPS);
    assertEquals(0.5, c.brierLoss().getAsDouble(), EPS, ".25 + .25 per row");
    assertEquals(Math.log(2), c.logLoss().getAsDouble(), EPS);
  }

  @Test
  void allSameProbabilitiesThatAlwaysMissHaveEceEqualToConfidence() {
    // [1/3 1/3 1/3] picks a, but the truth is always b: confidence 1/3, accuracy 0
    double third = 1.0 / 3;
    double[][] p = {{third, third, third}, {third, third, third}};
    CalibrationScores c = CalibrationScores.singleLabel(new int[] {1, 1}, p, guard());
    assertEquals(third, c.expectedCalibrationError().getAsDouble(), EPS);
    assertEquals(third, c.maxCalibrationError().getAsDouble(), EPS);
  }

  @Test
  void multiLabelTreatsEveryCellAsABinaryPrediction() {
    ZeroDivisionGuard guard = guard();
    boolean[][] truth = {{true, false}, {false, false}};
    double[][] p = {{0.8, 0.3}, {0.4, 0.1}};
    CalibrationScores c = CalibrationScores.multiLabel(truth, p, guard);
    // cells (p, y): (.8, 1) (.3, 0) (.4, 0) (.1, 0), each alone in its bin
    // ECE = (.2 + .3 + .4 + .1) / 4;  MCE = .4
    assertEquals(0.25, c.expectedCalibrationError().getAsDouble(), EPS);
    assertEquals(0.25, c.adaptiveCalibrationError().getAsDouble(), EPS);
    assertEquals(0.4, c.maxCalibrationError().getAsDouble(), EPS);
    // Brier = (.04 + .09 + .16 + .01) / 4
    assertEquals(0.075, c.brierLoss().getAsDouble(), EPS);
    // BCE = -(ln .8 + ln .7 + ln .6 + ln .9) / 4
    double nll = -(Math.log(0.8) + Math.log(0.7) + Math.log(0.6) + Math.log(0.9)) / 4;
    assertEquals(nll, c.logLoss().getAsDouble(), EPS);
    assertEquals(List.of(), guard.warnings());
  }

  @Test
  void certainAndWrongIsClippedWithWarning() {
    ZeroDivisionGuard guard = guard();
    CalibrationScores c = CalibrationScores.singleLabel(new int[] {1}, new double[][] {{1, 0}},
        guard);
    assertEquals(-Math.log(CalibrationScores.PROBABILITY_FLOOR), c.logLoss().getAsDouble(), EPS);
    assertEquals(2.0, c.brierLoss().getAsDouble(), EPS, "1 + 1: the Brier maximum");
    assertEquals(1.0, c.expectedCalibrationError().getAsDouble(), EPS);
    assertEquals(List.of("emotion: NLL clipped 1 true-outcome probabilities below "
        + CalibrationScores.PROBABILITY_FLOOR + " to that value; the model is certain and wrong"
        + " there"), guard.warnings());
  }

  @Test
  void nothingToScoreIsNullWithOneWarning() {
    ZeroDivisionGuard guard = guard();
    CalibrationScores c = CalibrationScores.singleLabel(new int[0], new double[0][], guard);
    OptionalDouble none = OptionalDouble.empty();
    assertEquals(new CalibrationScores(none, none, none, none, none), c);
    assertEquals(List.of("emotion: calibration (ECE, adaptive ECE, MCE, Brier, NLL) is undefined"
        + " (no labelled examples); reported as null"), guard.warnings());
    assertTrue(CalibrationScores.multiLabel(new boolean[0][], new double[0][], guard)
        .brierLoss().isEmpty());
  }
}
