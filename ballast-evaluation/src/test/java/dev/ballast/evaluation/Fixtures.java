package dev.ballast.evaluation;

import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import java.util.List;

/** Small cases whose metrics are worked out by hand in the tests. */
final class Fixtures {
  private Fixtures() {}

  static final LabelVocabulary ABC = new LabelVocabulary(List.of("a", "b", "c"));
  static final LabelVocabulary XYZ = new LabelVocabulary(List.of("x", "y", "z"));

  /** scikit-learn's y_true=[0,0,1,1,2], y_pred=[0,1,1,1,0]: class c is never predicted. */
  static final int[] TRUTH = {0, 0, 1, 1, 2};
  static final int[] PREDICTED = {0, 1, 1, 1, 0};

  static final Task EMOTION = new Task("emotion", TaskKind.SINGLE_LABEL, ABC);
  static final Task SOUNDS = new Task("sounds", TaskKind.MULTI_LABEL, XYZ);

  /**
   * Four rows over x, y, z: x always right; y missed once and predicted once wrongly; z never
   * true nor predicted; rows 2 and 3 have no true label.
   */
  static boolean[][] multiTruth() {
    return new boolean[][] {{true, false, false}, {true, true, false}, {false, false, false},
        {false, false, false}};
  }

  static boolean[][] multiPredicted() {
    return new boolean[][] {{true, false, false}, {true, false, false}, {false, true, false},
        {false, false, false}};
  }

  static SingleLabelMetrics sklearnCase(ZeroDivision zd) {
    return SingleLabelMetrics.compute("emotion", ConfusionMatrix.of(ABC, TRUTH, PREDICTED), zd);
  }

  static MultiLabelMetrics multiCase(ZeroDivision zd) {
    return MultiLabelMetrics.compute("sounds", XYZ, multiTruth(), multiPredicted(), zd);
  }
}
