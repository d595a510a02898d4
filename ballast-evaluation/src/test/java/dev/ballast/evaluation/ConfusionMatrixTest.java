package dev.ballast.evaluation;

import static dev.ballast.evaluation.Fixtures.ABC;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

  @Test
  void countsTruthByRowAndPredictionByColumn() {
    ConfusionMatrix cm = ConfusionMatrix.of(ABC, Fixtures.TRUTH, Fixtures.PREDICTED);
    assertEquals(3, cm.size());
    assertArrayEquals(new long[][] {{1, 1, 0}, {0, 2, 0}, {1, 0, 0}}, cm.counts());
    assertEquals(2, cm.count(0, 0) + cm.count(0, 1));
    assertEquals(2, cm.support(1));
    assertEquals(0, cm.predictedCount(2));
    assertEquals(5, cm.total());
    assertEquals(3, cm.correct());
  }

  @Test
  void unlabelledExamplesAreLeftOutOfEveryCount() {
    ConfusionMatrix cm = ConfusionMatrix.of(ABC, new int[] {-1, 0, -1, 2}, new int[] {1, 0, 2, 2});
    assertArrayEquals(new long[][] {{1, 0, 0}, {0, 0, 0}, {0, 0, 1}}, cm.counts());
    assertEquals(2, cm.total());
  }

  @Test
  void countsIsACopy() {
    ConfusionMatrix cm = ConfusionMatrix.of(ABC, Fixtures.TRUTH, Fixtures.PREDICTED);
    cm.counts()[0][0] = 99;
    assertEquals(1, cm.count(0, 0));
  }

  @Test
  void predictionOutOfRangeNamesPositionAndValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConfusionMatrix.of(ABC, new int[] {0, -1}, new int[] {0, 3}));
    assertEquals("predicted[1] = 3 is not a class index of [a, b, c]; predictions must lie in"
        + " 0..2, so decode model outputs with the task's own vocabulary", e.getMessage());
  }

  @Test
  void truthOutOfRangeNamesPositionAndValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConfusionMatrix.of(ABC, new int[] {0, -2}, new int[] {0, 0}));
    assertEquals("truth[1] = -2 is not a class index of [a, b, c]; use 0..2, or -1 for an example"
        + " not labelled for the task", e.getMessage());
  }

  @Test
  void lengthMismatchIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConfusionMatrix.of(ABC, new int[] {0, 1}, new int[] {0}));
    assertEquals("truth and predicted need one entry per example, got 2 truth and 1 predicted"
        + " entries; pass a prediction for every example (truth -1 marks an example not labelled"
        + " for the task)", e.getMessage());
  }

  @Test
  void ofCountsCopiesAndValidatesShape() {
    long[][] counts = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    ConfusionMatrix cm = ConfusionMatrix.ofCounts(ABC, counts);
    counts[0][0] = 7;
    assertEquals(1, cm.count(0, 0));

    IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
        () -> ConfusionMatrix.ofCounts(ABC, new long[2][3]));
    assertEquals("counts has 2 rows but [a, b, c] has 3 labels; pass a 3x3 matrix, one row per"
        + " true label", rows.getMessage());
    IllegalArgumentException cols = assertThrows(IllegalArgumentException.class,
        () -> ConfusionMatrix.ofCounts(ABC, new long[][] {{0, 0, 0}, {0, 0}, {0, 0, 0}}));
    assertEquals("counts[1] has 2 entries but [a, b, c] has 3 labels; pass one column per"
        + " predicted label", cols.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> ConfusionMatrix.ofCounts(ABC, new long[][] {{0, 0, 0}, {0, 0, -1}, {0, 0, 0}}));
    assertEquals("counts[1][2] = -1 is negative; counts are numbers of examples, 0 or more",
        negative.getMessage());
  }
}
