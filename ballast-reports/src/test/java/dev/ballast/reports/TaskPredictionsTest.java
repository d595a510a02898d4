package dev.ballast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TaskPredictionsTest {
  private static final float[][] TWO_ROWS = {{0.7f, 0.1f, 0.1f, 0.1f}, {0.1f, 0.7f, 0.1f, 0.1f}};

  @Test
  void rejectsTheWrongKind() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaskPredictions.singleLabel(ReportFixtures.EVENTS, new int[0], new float[0][]));
    assertEquals("task 'events' is multi_label but these predictions are single_label; use"
        + " TaskPredictions.multiLabel", e.getMessage());
  }

  @Test
  void rejectsATruthOutsideTheVocabulary() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaskPredictions.singleLabel(ReportFixtures.EMOTION, new int[] {0, 4}, TWO_ROWS));
    assertEquals("truth[1] = 4 is not a class index of task 'emotion'; use 0..3, or -1 for an"
        + " example not labelled for the task", e.getMessage());
  }

  @Test
  void rejectsAMissingProbabilityRow() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaskPredictions.singleLabel(ReportFixtures.EMOTION, new int[] {0, 1, -1}, TWO_ROWS));
    assertEquals("probabilities of task 'emotion' has 2 rows for 3 examples; pass one row per"
        + " example, also unlabelled ones", e.getMessage());
  }

  @Test
  void rejectsARowOfTheWrongWidth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaskPredictions.multiLabel(ReportFixtures.EVENTS, new boolean[][] {{true, false}},
            new boolean[][] {{true, false, false}}, new float[][] {{0.5f, 0.5f, 0.5f}}));
    assertEquals("truth[0] has 2 entries but task 'events' has 3 labels [cough, wheeze, crackle];"
        + " pass one value per label in vocabulary order", e.getMessage());
  }

  @Test
  void rejectsAValueThatIsNoProbability() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaskPredictions.singleLabel(ReportFixtures.EMOTION, new int[] {0, 1},
            new float[][] {{0.7f, 0.1f, 0.1f, 0.1f}, {2f, 0f, 0f, 0f}}));
    assertEquals("probabilities[1][0] = 2.0 is not a probability; pass softmax or sigmoid outputs"
        + " in [0, 1]", e.getMessage());
  }

  @Test
  void copiesArraysInAndOut() {
    int[] truth = {0, 1};
    TaskPredictions.Single p = new TaskPredictions.Single(ReportFixtures.EMOTION, truth, TWO_ROWS);
    truth[0] = 3;
    p.truth()[1] = 3;
    p.probabilities()[0][0] = 0f;
    assertEquals(0, p.truth()[0]);
    assertEquals(1, p.truth()[1]);
    assertEquals(0.7f, p.probabilities()[0][0]);
  }
}
