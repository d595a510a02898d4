package dev.ballast.evaluation;

import static dev.ballast.evaluation.Fixtures.EMOTION;
import static dev.ballast.evaluation.Fixtures.SOUNDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskEvaluationTest {

  @Test
  void factoriesPairTaskAndMetricsWithZeroDivisionZeroByDefault() {
    TaskEvaluation single = TaskEvaluation.singleLabel(EMOTION, Fixtures.TRUTH, Fixtures.PREDICTED);
    assertInstanceOf(TaskEvaluation.Single.class, single);
    assertEquals(0.0, single.metrics().perClass().get(2).precision());
    TaskEvaluation one = TaskEvaluation.singleLabel(EMOTION, Fixtures.TRUTH, Fixtures.PREDICTED,
        ZeroDivision.ONE);
    assertEquals(1.0, one.metrics().perClass().get(2).precision());
    TaskEvaluation multi = TaskEvaluation.multiLabel(SOUNDS, Fixtures.multiTruth(),
        Fixtures.multiPredicted());
    assertInstanceOf(TaskEvaluation.Multi.class, multi);
    assertEquals(SOUNDS, multi.task());
  }

  @Test
  void multiLabelTaskIsRejectedBySingleLabel() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaskEvaluation.singleLabel(SOUNDS, new int[] {0}, new int[] {0}));
    assertEquals("task 'sounds' is multi_label but these metrics are single_label; evaluate it"
        + " with TaskEvaluation.multiLabel", e.getMessage());
  }

  @Test
  void singleLabelTaskIsRejectedByMultiLabel() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaskEvaluation.multiLabel(EMOTION, new boolean[0][], new boolean[0][]));
    assertEquals("task 'emotion' is single_label but these metrics are multi_label; evaluate it"
        + " with TaskEvaluation.singleLabel", e.getMessage());
  }

  @Test
  void metricsForAnotherTaskNameAreRejected() {
    SingleLabelMetrics m = SingleLabelMetrics.compute("mood",
        ConfusionMatrix.of(Fixtures.ABC, Fixtures.TRUTH, Fixtures.PREDICTED), ZeroDivision.ZERO);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TaskEvaluation.Single(EMOTION, m));
    assertEquals("metrics were computed for task 'mood' but are paired with task 'emotion';"
        + " compute them under the task's name", e.getMessage());
  }

  @Test
  void metricsOverAnotherVocabularyAreRejected() {
    Task task = new Task("emotion", TaskKind.SINGLE_LABEL,
        new LabelVocabulary(List.of("a", "b")));
    SingleLabelMetrics m = Fixtures.sklearnCase(ZeroDivision.ZERO);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TaskEvaluation.Single(task, m));
    assertEquals("metrics use labels [a, b, c] but task 'emotion' has [a, b]; compute them over"
        + " the task's own vocabulary", e.getMessage());
  }
}
