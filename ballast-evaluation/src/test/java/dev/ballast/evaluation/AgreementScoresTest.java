package dev.ballast.evaluation;

import static dev.ballast.evaluation.Fixtures.ABC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AgreementScoresTest {
  private static final double EPS = 1e-12;

  private static ZeroDivisionGuard guard() {
    return new ZeroDivisionGuard("emotion", ZeroDivision.ZERO);
  }

  private static AgreementScores scores(int[] truth, int[] predicted, ZeroDivisionGuard guard) {
    return AgreementScores.compute(ConfusionMatrix.of(ABC, truth, predicted), guard);
  }

  @Test
  void mccAndKappaOfTheScikitLearnCase() {
    ZeroDivisionGuard guard = guard();
    AgreementScores s = scores(Fixtures.TRUTH, Fixtures.PREDICTED, guard);
    // rows [1 1 0; 0 2 0; 1 0 0]: t = (2, 2, 1), p = (2, 3, 0), c = 3, s = 5
    // MCC = (3*5 - (2*2 + 3*2 + 0*1)) / sqrt((25 - (4 + 9 + 0)) (25 - (4 + 4 + 1)))
    //     = 5 / sqrt(12 * 16)
    assertEquals(5 / Math.sqrt(192), s.mcc().getAsDouble(), EPS);
    // p_o = 3/5, p_e = 10/25 = 2/5, kappa = (3/5 - 2/5) / (1 - 2/5) = 1/3
    assertEquals(1.0 / 3, s.cohenKappa().getAsDouble(), EPS);
    // recall of c is 0, so the geometric mean is 0
    assertEquals(0.0, s.gMean().getAsDouble(), EPS);
    assertEquals(List.of(), guard.warnings());
  }

  @Test
  void gMeanIsTheGeometricMeanOfRecalls() {
    // recalls a 1/2, b 2/2, c 1/2 -> (1/2 * 1 * 1/2)^(1/3) = 0.25^(1/3)
    AgreementScores s = scores(new int[] {0, 0, 1, 1, 2, 2}, new int[] {0, 1, 1, 1, 2, 0},
        guard());
    assertEquals(Math.cbrt(0.25), s.gMean().getAsDouble(), EPS);
  }

  @Test
  void gMeanLeavesOutClassesWithoutTrueExamplesWithWarning() {
    ZeroDivisionGuard guard = guard();
    // recalls a 1/2, b 1; c has no true examples -> sqrt(1/2)
    AgreementScores s = scores(new int[] {0, 0, 1}, new int[] {0, 2, 1}, guard);
    assertEquals(Math.sqrt(0.5), s.gMean().getAsDouble(), EPS);
    assertEquals(List.of("emotion: classes without true examples are left out of g-mean: 'c'"),
        guard.warnings());
  }

  @Test
  void perfectPredictionsScoreOne() {
    int[] y = {0, 1, 2, 2};
    AgreementScores s = scores(y, y, guard());
    assertEquals(1.0, s.mcc().getAsDouble(), EPS);
    assertEquals(1.0, s.cohenKappa().getAsDouble(), EPS);
    assertEquals(1.0, s.gMean().getAsDouble(), EPS);
  }

  @Test
  void singleTrueClassMakesMccUndefinedAndKappaZero() {
    ZeroDivisionGuard guard = guard();
    // t = (3, 0, 0), p = (2, 1, 0), c = 2, s = 3: s^2 - sum t^2 = 0 -> MCC undefined
    // p_o = 2/3, p_e = (2*3)/9 = 2/3 -> kappa 0
    AgreementScores s = scores(new int[] {0, 0, 0}, new int[] {0, 0, 1}, guard);
    assertEquals(OptionalDouble.empty(), s.mcc());
    assertEquals(0.0, s.cohenKappa().getAsDouble(), EPS);
    assertEquals(2.0 / 3, s.gMean().getAsDouble(), EPS, "only a is supported");
    assertTrue(guard.warnings().contains("emotion: MCC is undefined (truth or predictions hold a"
        + " single class); reported as null"), guard.warnings().toString());
  }

  @Test
  void sameSingleClassEverywhereMakesKappaUndefined() {
    ZeroDivisionGuard guard = guard();
    // p_e = (2*2)/4 = 1
    AgreementScores s = scores(new int[] {1, 1}, new int[] {1, 1}, guard);
    assertEquals(OptionalDouble.empty(), s.cohenKappa());
    assertEquals(OptionalDouble.empty(), s.mcc());
    assertTrue(guard.warnings().contains("emotion: Cohen's kappa is undefined (truth and"
        + " predictions hold the same single class); reported as null"));
  }

  @Test
  void noLabelledExamplesLeavesEverythingUndefined() {
    ZeroDivisionGuard guard = guard();
    AgreementScores s = scores(new int[] {-1}, new int[] {0}, guard);
    assertEquals(new AgreementScores(OptionalDouble.empty(), OptionalDouble.empty(),
        OptionalDouble.empty()), s);
    assertEquals(List.of(
        "emotion: MCC is undefined (no labelled examples); reported as null",
        "emotion: Cohen's kappa is undefined (no labelled examples); reported as null",
        "emotion: g-mean is undefined (no class has true examples); reported as null"),
        guard.warnings());
  }
}
