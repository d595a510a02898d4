package dev.ballast.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballast.evaluation.CalibrationScores;
import dev.ballast.evaluation.RankingScores;
import dev.ballast.evaluation.TaskEvaluation;
import org.junit.jupiter.api.Test;

/** The figures' numbers against hand-worked cases and the evaluation module's own scores. */
class FigureMathTest {
  private static final ReportFixtures FIXTURES = new ReportFixtures(11L);

  @Test
  void rocCurveOfAHandWorkedRanking() {
    // scores 0.9 (pos), 0.8 (neg), 0.8 (pos), 0.1 (neg): the tie is one diagonal step
    RocCurve roc = RocCurve.of(new Outcomes.Binary(new double[] {0.9, 0.8, 0.8, 0.1},
        new boolean[] {true, false, true, false}));
    assertArrayEquals(new double[] {0, 0, 0.5, 1}, roc.falsePositiveRate(), 1e-12);
    assertArrayEquals(new double[] {0, 0.5, 1, 1}, roc.truePositiveRate(), 1e-12);
    assertEquals(0.875, roc.auc(), 1e-12);
  }

  @Test
  void rocAreaEqualsTheReportedRocAuc() {
    for (int t = 0; t < 2; t++) {
      TaskEvaluation evaluation = FIXTURES.report.tasks().get(t);
      TaskPredictions predictions = t == 0 ? FIXTURES.emotion : FIXTURES.events;
      RankingScores ranking = t == 0
          ? ((TaskEvaluation.Single) evaluation).extended().orElseThrow().ranking()
          : ((TaskEvaluation.Multi) evaluation).extended().orElseThrow().ranking();
      for (int c = 0; c < ranking.rocAuc().size(); c++) {
        assertEquals(ranking.rocAuc().get(c).getAsDouble(),
            RocCurve.of(Outcomes.oneVsRest(predictions, c)).auc(), 1e-9, "task " + t + " " + c);
      }
    }
  }

  @Test
  void reliabilityEceEqualsTheReportedEce() {
    CalibrationScores single = ((TaskEvaluation.Single) FIXTURES.report.tasks().get(0))
        .extended().orElseThrow().calibration();
    CalibrationScores multi = ((TaskEvaluation.Multi) FIXTURES.report.tasks().get(1))
        .extended().orElseThrow().calibration();
    assertEquals(single.expectedCalibrationError().getAsDouble(),
        ReliabilityBins.of(Outcomes.calibration(FIXTURES.emotion)).expectedCalibrationError(),
        1e-6);
    assertEquals(multi.expectedCalibrationError().getAsDouble(),
        ReliabilityBins.of(Outcomes.calibration(FIXTURES.events)).expectedCalibrationError(),
        1e-6);
  }

  @Test
  void reliabilityBinsOfAHandWorkedCase() {
    // 1/15 lies on the upper edge of bin 0; 0.5 in bin 7; 1.0 in bin 14
    ReliabilityBins bins = ReliabilityBins.of(new Outcomes.Binary(
        new double[] {1.0 / 15, 0.5, 0.5, 1.0}, new boolean[] {false, true, false, true}));
    assertEquals(1, bins.count()[0]);
    assertEquals(2, bins.count()[7]);
    assertEquals(1, bins.count()[14]);
    assertEquals(0.5, bins.accuracy()[7], 1e-12);
    assertEquals((1.0 / 15) / 4, bins.expectedCalibrationError(), 1e-12);
    assertEquals(Double.NaN, bins.accuracy()[3]);
  }

  @Test
  void unlabelledRowsAreLeftOutOfOneVsRestAndCalibration() {
    int labelled = (int) FIXTURES.report.tasks().get(0).metrics().examplesEvaluated();
    assertEquals(labelled, Outcomes.oneVsRest(FIXTURES.emotion, 0).scores().length);
    assertEquals(labelled, Outcomes.calibration(FIXTURES.emotion).scores().length);
    assertEquals(FIXTURES.events.examples() * 3, Outcomes.calibration(FIXTURES.events)
        .scores().length);
  }

  @Test
  void multiLabelConfusionCountsPerLabel() {
    boolean[][] truth = {{true, false}, {true, true}, {false, false}};
    boolean[][] predicted = {{true, true}, {false, true}, {false, true}};
    assertArrayEquals(new long[][] {{1, 0}, {1, 1}},
        LabelConfusionGrid.counts(truth, predicted, 0));
    assertArrayEquals(new long[][] {{0, 2}, {0, 1}},
        LabelConfusionGrid.counts(truth, predicted, 1));
  }
}
