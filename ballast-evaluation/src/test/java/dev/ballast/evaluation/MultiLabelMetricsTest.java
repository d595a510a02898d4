package dev.ballast.evaluation;

import static dev.ballast.evaluation.Fixtures.XYZ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.data.LabelVocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiLabelMetricsTest {
  private static final double EPS = 1e-12;
  private static final LabelVocabulary XY = new LabelVocabulary(List.of("x", "y"));

  @Test
  void perLabelScoresAndAveragesWorkedByHand() {
    MultiLabelMetrics m = Fixtures.multiCase(ZeroDivision.ZERO);
    // x: tp 2, fp 0, fn 0, tn 2;  y: tp 0, fp 1, fn 1, tn 2;  z: tn 4 only
    assertEquals(new ClassMetrics("x", 1, 1, 1, 2), m.perClass().get(0));
    assertEquals(new ClassMetrics("y", 0, 0, 0, 1), m.perClass().get(1));
    assertEquals(new ClassMetrics("z", 0, 0, 0, 0), m.perClass().get(2));
    assertEquals(0.5, m.accuracy(), EPS, "rows 0 and 3 match exactly");
    assertEquals(1.0 / 3, m.macroF1(), EPS);
    assertEquals(2.0 / 3, m.microF1(), EPS, "2tp / (2tp + fp + fn) = 4 / 6");
    assertEquals(2.0 / 3, m.micro().precision(), EPS);
    assertEquals(2.0 / 3, m.micro().recall(), EPS);
    assertEquals(2.0 / 3, m.weightedF1(), EPS);
    // (1 + 1)/2, (0 + 2/3)/2, (0 + 1)/2
    assertEquals(11.0 / 18, m.balancedAccuracy(), EPS);
    assertEquals(0.0, m.minClassRecall(), EPS);
    assertEquals(4, m.examplesEvaluated());
    assertEquals(3, m.totalSupport());
    assertEquals(List.of(
        "sounds: precision of 'z' is undefined (no predictions); set to 0",
        "sounds: recall of 'z' is undefined (no true examples); set to 0",
        "sounds: F1 of 'z' is undefined (no true examples and no predictions); set to 0",
        "sounds: classes without true examples are left out of min-class recall: 'z'"),
        m.warnings());
  }

  @Test
  void zeroDivisionOneChangesOnlyTheUndefinedValues() {
    MultiLabelMetrics m = Fixtures.multiCase(ZeroDivision.ONE);
    assertEquals(new ClassMetrics("z", 1, 1, 1, 0), m.perClass().get(2));
    assertEquals(2.0 / 3, m.macroF1(), EPS);
    assertEquals(2.0 / 3, m.weightedF1(), EPS, "z has weight 0");
    assertEquals(2.0 / 3, m.microF1(), EPS);
    assertEquals(7.0 / 9, m.balancedAccuracy(), EPS);
    assertEquals("sounds: precision of 'z' is undefined (no predictions); set to 1",
        m.warnings().get(0));
  }

  @Test
  void allEmptyRowsMatchExactlyButLeaveMicroScoresUndefined() {
    boolean[][] empty = {{false, false}, {false, false}};
    MultiLabelMetrics m = MultiLabelMetrics.compute("sounds", XY, empty, empty, ZeroDivision.ZERO);
    assertEquals(1.0, m.accuracy(), EPS);
    assertEquals(0.0, m.microF1(), EPS);
    assertEquals(0.5, m.balancedAccuracy(), EPS, "sensitivity 0 (undefined), specificity 1");
    assertTrue(m.warnings().contains("sounds: micro F1 is undefined (no true examples and no"
        + " predictions of any class); set to 0"), m.warnings().toString());
    assertTrue(m.warnings().contains(
        "sounds: min-class recall is undefined (no class has true examples); set to 0"));
    assertEquals(12, m.warnings().size(), m.warnings().toString());
  }

  @Test
  void labelTrueInEveryRowHasUndefinedSpecificity() {
    boolean[][] truth = {{true, false}, {true, false}};
    boolean[][] predicted = {{true, false}, {true, true}};
    MultiLabelMetrics m = MultiLabelMetrics.compute("sounds", XY, truth, predicted,
        ZeroDivision.ZERO);
    assertEquals(0.5, m.accuracy(), EPS);
    // x: (1 + 0 undefined)/2; y: (0 undefined + 1/2)/2
    assertEquals(0.375, m.balancedAccuracy(), EPS);
    assertEquals(1.0, m.minClassRecall(), EPS);
    assertEquals(List.of(
        "sounds: recall of 'y' is undefined (no true examples); set to 0",
        "sounds: specificity of 'x' is undefined (no negative examples); set to 0",
        "sounds: classes without true examples are left out of min-class recall: 'y'"),
        m.warnings());
  }

  @Test
  void microAndMacroDifferWhenLabelsAreImbalanced() {
    // x: 3 true, all found; y: 1 true, missed and predicted once elsewhere
    boolean[][] truth = {{true, false}, {true, false}, {true, false}, {false, true}};
    boolean[][] predicted = {{true, false}, {true, false}, {true, true}, {false, false}};
    MultiLabelMetrics m = MultiLabelMetrics.compute("sounds", XY, truth, predicted,
        ZeroDivision.ZERO);
    assertEquals(0.5, m.macroF1(), EPS, "(1 + 0) / 2");
    assertEquals(0.75, m.microF1(), EPS, "2*3 / (2*3 + 1 + 1)");
    assertEquals(0.75, m.weightedF1(), EPS, "(1*3 + 0*1) / 4");
    assertEquals(List.of(), m.warnings());
  }

  @Test
  void rowCountMismatchIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MultiLabelMetrics.compute("sounds", XY, new boolean[2][2], new boolean[1][2],
            ZeroDivision.ZERO));
    assertEquals("truth and predicted need one row per example, got 2 truth and 1 predicted"
        + " rows; pass a prediction for every example", e.getMessage());
  }

  @Test
  void rowWidthMismatchIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MultiLabelMetrics.compute("sounds", XYZ, new boolean[][] {{true, false, false}},
            new boolean[][] {{true, false}}, ZeroDivision.ZERO));
    assertEquals("predicted[0] has 2 entries but [x, y, z] has 3 labels; pass one boolean per"
        + " label (all false for no label)", e.getMessage());
  }

  @Test
  void nullRowIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MultiLabelMetrics.compute("sounds", XY, new boolean[][] {null},
            new boolean[][] {{true, false}}, ZeroDivision.ZERO));
    assertEquals("truth[0] has no row but [x, y] has 2 labels; pass one boolean per label (all"
        + " false for no label)", e.getMessage());
  }
}
