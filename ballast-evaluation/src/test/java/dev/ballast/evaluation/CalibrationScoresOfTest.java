package dev.ballast.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calibration alone gives the same figures as the full evaluation of the same probabilities. */
class CalibrationScoresOfTest {
  @Test
  void singleLabelMatchesTheFullPathAndSkipsUnlabelledRows() {
    Task task = new Task("t", TaskKind.SINGLE_LABEL, new LabelVocabulary(List.of("a", "b")));
    int[] truth = {0, 1, -1, 1};
    int[] pred = {0, 0, 1, 1};
    float[][] p = {{0.9f, 0.1f}, {0.6f, 0.4f}, {0.2f, 0.8f}, {0.3f, 0.7f}};
    CalibrationScores alone = CalibrationScores.of(task, truth, p);
    CalibrationScores full = ((TaskEvaluation.Single) TaskEvaluation.singleLabel(task, truth, pred,
        p)).extended().orElseThrow().calibration();
    assertEquals(full, alone);
    // labelled rows: confidences 0.9 (hit), 0.6 (miss), 0.7 (hit) in three bins: ECE =
    // (|1 - 0.9| + |0 - 0.6| + |1 - 0.7|) / 3 = 1.0 / 3
    assertEquals(1.0 / 3, alone.expectedCalibrationError().getAsDouble(), 1e-6);
  }

  @Test
  void multiLabelMatchesTheFullPath() {
    Task task = new Task("m", TaskKind.MULTI_LABEL, new LabelVocabulary(List.of("x", "y")));
    boolean[][] truth = {{true, false}, {false, false}, {true, true}};
    boolean[][] pred = {{true, false}, {false, true}, {true, false}};
    float[][] p = {{0.8f, 0.3f}, {0.1f, 0.6f}, {0.7f, 0.4f}};
    assertEquals(((TaskEvaluation.Multi) TaskEvaluation.multiLabel(task, truth, pred, p))
        .extended().orElseThrow().calibration(), CalibrationScores.of(task, truth, p));
  }
}
