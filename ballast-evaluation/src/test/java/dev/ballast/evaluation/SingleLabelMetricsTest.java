package dev.ballast.evaluation;

import static dev.ballast.evaluation.Fixtures.ABC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SingleLabelMetricsTest {
  private static final double EPS = 1e-12;

  private static SingleLabelMetrics metrics(int[] truth, int[] predicted, ZeroDivision zd) {
    return SingleLabelMetrics.compute("emotion", ConfusionMatrix.of(ABC, truth, predicted), zd);
  }

  private static void assertClass(ClassMetrics m, String label, double p, double r, double f,
      long support) {
    assertEquals(label, m.label());
    assertEquals(p, m.precision(), EPS, label + " precision");
    assertEquals(r, m.recall(), EPS, label + " recall");
    assertEquals(f, m.f1(), EPS, label + " f1");
    assertEquals(support, m.support(), label + " support");
  }

  @Test
  void classNeverPredictedHasUndefinedPrecisionSetToZeroWithWarning() {
    SingleLabelMetrics m = Fixtures.sklearnCase(ZeroDivision.ZERO);
    assertClass(m.perClass().get(0), "a", 0.5, 0.5, 0.5, 2);
    assertClass(m.perClass().get(1), "b", 2.0 / 3, 1.0, 0.8, 2);
    assertClass(m.perClass().get(2), "c", 0.0, 0.0, 0.0, 1);
    assertEquals(0.6, m.accuracy(), EPS);
    assertEquals(0.5, m.balancedAccuracy(), EPS);
    assertEquals(1.3 / 3, m.macroF1(), EPS);
    assertEquals(7.0 / 18, m.macro().precision(), EPS);
    assertEquals(0.5, m.macro().recall(), EPS);
    assertEquals(0.52, m.weightedF1(), EPS);
    assertEquals(7.0 / 15, m.weighted().precision(), EPS);
    assertEquals(0.6, m.weighted().recall(), EPS);
    assertEquals(0.6, m.microF1(), EPS, "micro F1 is accuracy for single-label");
    assertEquals(0.0, m.minClassRecall(), EPS);
    assertEquals(5, m.totalSupport());
    assertEquals(5, m.examplesEvaluated());
    assertEquals(List.of("emotion: precision of 'c' is undefined (no predictions); set to 0"),
        m.warnings());
  }

  @Test
  void zeroDivisionOneSetsUndefinedPrecisionToOneButF1StaysZero() {
    SingleLabelMetrics m = Fixtures.sklearnCase(ZeroDivision.ONE);
    assertClass(m.perClass().get(2), "c", 1.0, 0.0, 0.0, 1);
    assertEquals(13.0 / 18, m.macro().precision(), EPS);
    assertEquals(1.3 / 3, m.macroF1(), EPS);
    assertEquals(List.of("emotion: precision of 'c' is undefined (no predictions); set to 1"),
        m.warnings());
  }

  @Test
  void classAbsentFromTruthHasUndefinedRecallAndIsLeftOutOfBalancedAccuracy() {
    int[] truth = {0, 0, 1, 1};
    int[] predicted = {0, 2, 1, 1};
    SingleLabelMetrics m = metrics(truth, predicted, ZeroDivision.ZERO);
    assertClass(m.perClass().get(0), "a", 1.0, 0.5, 2.0 / 3, 2);
    assertClass(m.perClass().get(1), "b", 1.0, 1.0, 1.0, 2);
    assertClass(m.perClass().get(2), "c", 0.0, 0.0, 0.0, 0);
    assertEquals(0.75, m.accuracy(), EPS);
    assertEquals(0.75, m.balancedAccuracy(), EPS);
    assertEquals(0.5, m.minClassRecall(), EPS);
    assertEquals(5.0 / 9, m.macroF1(), EPS);
    assertEquals(5.0 / 6, m.weightedF1(), EPS);
    assertEquals(0.75, m.microF1(), EPS);
    assertEquals(List.of("emotion: recall of 'c' is undefined (no true examples); set to 0",
        "emotion: classes without true examples are left out of balanced accuracy and min-class"
            + " recall: 'c'"), m.warnings());

    SingleLabelMetrics one = metrics(truth, predicted, ZeroDivision.ONE);
    assertEquals(1.0, one.perClass().get(2).recall(), EPS);
    assertEquals(5.0 / 6, one.macro().recall(), EPS);
    assertEquals(0.75, one.balancedAccuracy(), EPS, "unsupported classes never enter");
  }

  @Test
  void classAbsentFromTruthAndPredictionsStillCountsInMacroAverage() {
    int[] both = {0, 1};
    SingleLabelMetrics zero = metrics(both, both, ZeroDivision.ZERO);
    assertEquals(2.0 / 3, zero.macroF1(), EPS);
    assertEquals(1.0, zero.weightedF1(), EPS);
    assertEquals(1.0, zero.microF1(), EPS);
    assertEquals(1.0, zero.balancedAccuracy(), EPS);
    assertEquals(List.of(
        "emotion: precision of 'c' is undefined (no predictions); set to 0",
        "emotion: recall of 'c' is undefined (no true examples); set to 0",
        "emotion: F1 of 'c' is undefined (no true examples and no predictions); set to 0",
        "emotion: classes without true examples are left out of balanced accuracy and min-class"
            + " recall: 'c'"), zero.warnings());
    SingleLabelMetrics one = metrics(both, both, ZeroDivision.ONE);
    assertClass(one.perClass().get(2), "c", 1.0, 1.0, 1.0, 0);
    assertEquals(1.0, one.macroF1(), EPS);
  }

  @Test
  void allCorrectScoresOneEverywhereWithoutWarnings() {
    int[] y = {0, 1, 2, 2};
    SingleLabelMetrics m = metrics(y, y, ZeroDivision.ZERO);
    for (ClassMetrics c : m.perClass()) {
      assertClass(c, c.label(), 1, 1, 1, c.label().equals("c") ? 2 : 1);
    }
    for (double v : new double[] {m.accuracy(), m.balancedAccuracy(), m.macroF1(),
        m.weightedF1(), m.microF1(), m.minClassRecall()}) {
      assertEquals(1.0, v, EPS);
    }
    assertEquals(List.of(), m.warnings());
  }

  @Test
  void allWrongScoresZeroEverywhereWithoutWarnings() {
    SingleLabelMetrics m = metrics(new int[] {0, 1, 2}, new int[] {1, 2, 0}, ZeroDivision.ONE);
    for (ClassMetrics c : m.perClass()) {
      assertClass(c, c.label(), 0, 0, 0, 1);
    }
    for (double v : new double[] {m.accuracy(), m.balancedAccuracy(), m.macroF1(),
        m.weightedF1(), m.microF1(), m.minClassRecall()}) {
      assertEquals(0.0, v, EPS);
    }
    assertEquals(List.of(), m.warnings(), "every value is defined, so ONE changes nothing");
  }

  @Test
  void unlabelledExamplesAreExcluded() {
    SingleLabelMetrics m = metrics(new int[] {0, -1, 1, -1, 2}, new int[] {0, 2, 1, 0, 2},
        ZeroDivision.ZERO);
    assertEquals(3, m.examplesEvaluated());
    assertEquals(1.0, m.accuracy(), EPS);
    assertEquals(1.0, m.macroF1(), EPS);
    assertEquals(List.of(), m.warnings());
  }

  @Test
  void noLabelledExamplesMakesEveryAggregateUndefined() {
    SingleLabelMetrics m = metrics(new int[] {-1, -1}, new int[] {0, 1}, ZeroDivision.ONE);
    assertEquals(1.0, m.accuracy(), EPS);
    assertEquals(1.0, m.balancedAccuracy(), EPS);
    assertEquals(1.0, m.minClassRecall(), EPS);
    assertEquals(1.0, m.weightedF1(), EPS);
    assertTrue(m.warnings().containsAll(List.of(
        "emotion: accuracy is undefined (no labelled examples); set to 1",
        "emotion: balanced accuracy is undefined (no class has true examples); set to 1",
        "emotion: min-class recall is undefined (no class has true examples); set to 1",
        "emotion: weighted average is undefined (no true examples of any class); set to 1")),
        m.warnings().toString());
    assertEquals(17, m.warnings().size(), m.warnings().toString());
  }

  @Test
  void blankTaskNameIsRejected() {
    ConfusionMatrix cm = ConfusionMatrix.of(ABC, Fixtures.TRUTH, Fixtures.PREDICTED);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SingleLabelMetrics.compute(" ", cm, ZeroDivision.ZERO));
    assertEquals("task name must not be blank; pass the task's name so warnings say which task"
        + " they are about", e.getMessage());
  }
}
