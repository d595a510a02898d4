package dev.ballast.evaluation;

import static dev.ballast.evaluation.Fixtures.ABC;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RankingScoresTest {
  private static final double EPS = 1e-12;

  private static RankingScores oneVsRest(int[] truth, float[][] probabilities,
      ZeroDivisionGuard guard) {
    double[][] scores = new double[3][truth.length];
    boolean[][] positive = new boolean[3][truth.length];
    for (int c = 0; c < 3; c++) {
      for (int i = 0; i < truth.length; i++) {
        scores[c][i] = probabilities[i][c];
        positive[c][i] = truth[i] == c;
      }
    }
    return RankingScores.compute(ABC, scores, positive, guard);
  }

  @Test
  void oneVsRestPerClassAndMacro() {
    ZeroDivisionGuard guard = new ZeroDivisionGuard("emotion", ZeroDivision.ZERO);
    RankingScores r = oneVsRest(Fixtures.TRUTH, ProbabilityFixtures.single(), guard);
    // a: positives .6 .4 vs negatives .2 .3 .5: .6 beats 3, .4 beats 2 -> 5/6
    //    AP: .6 T (P 1, R 1/2), .5 F, .4 T (P 2/3, R 1) -> 1/2 + 1/2 x 2/3 = 5/6
    // b: positives .7 .6 above negatives .3 .5 .3 -> ROC 1, AP 1
    // c: positive .2 above negatives .1 .1 .1 .1 -> ROC 1, AP 1
    assertEquals(List.of(OptionalDouble.of(5.0 / 6), OptionalDouble.of(1), OptionalDouble.of(1)),
        r.rocAuc());
    assertEquals(5.0 / 6, r.prAuc().get(0).getAsDouble(), EPS);
    assertEquals(1.0, r.prAuc().get(1).getAsDouble(), EPS);
    assertEquals((5.0 / 6 + 2) / 3, r.rocAucMacro().getAsDouble(), EPS);
    assertEquals((5.0 / 6 + 2) / 3, r.prAucMacro().getAsDouble(), EPS);
    assertEquals(List.of(), guard.warnings());
  }

  @Test
  void classAbsentFromTruthIsNullAndLeftOutOfTheMacroWithWarnings() {
    ZeroDivisionGuard guard = new ZeroDivisionGuard("emotion", ZeroDivision.ONE);
    int[] truth = {0, 0, 1, 1, 1};
    RankingScores r = oneVsRest(truth, ProbabilityFixtures.single(), guard);
    // a: .6 .4 vs .2 .3 .5 -> 5/6 as before;  b: .7 .6 .3 vs .3 .5 ->
    //    (.7: 2) + (.6: 2) + (.3: tie 1/2 with .3, loses to .5) = 4.5 / 6 = 3/4
    assertEquals(3.0 / 4, r.rocAuc().get(1).getAsDouble(), EPS);
    assertEquals(OptionalDouble.empty(), r.rocAuc().get(2));
    assertEquals(OptionalDouble.empty(), r.prAuc().get(2));
    assertEquals((5.0 / 6 + 3.0 / 4) / 2, r.rocAucMacro().getAsDouble(), EPS);
    assertEquals(List.of(
        "emotion: ROC-AUC of 'c' is undefined (no true examples); reported as null",
        "emotion: PR-AUC of 'c' is undefined (no true examples); reported as null",
        "emotion: classes with undefined ROC-AUC are left out of macro ROC-AUC: 'c'",
        "emotion: classes with undefined PR-AUC are left out of macro PR-AUC: 'c'"),
        guard.warnings(), "ZeroDivision.ONE does not apply: AUCs are null, not 1");
  }

  @Test
  void classOnEveryExampleHasNoRocAucButAnAveragePrecision() {
    ZeroDivisionGuard guard = new ZeroDivisionGuard("emotion", ZeroDivision.ZERO);
    RankingScores r = oneVsRest(new int[] {0, 0}, new float[][] {{0.9f, 0.05f, 0.05f},
        {0.2f, 0.5f, 0.3f}}, guard);
    assertEquals(OptionalDouble.empty(), r.rocAuc().get(0));
    assertEquals(1.0, r.prAuc().get(0).getAsDouble(), EPS, "every threshold has precision 1");
    assertEquals(OptionalDouble.empty(), r.rocAucMacro());
    assertEquals(1.0, r.prAucMacro().getAsDouble(), EPS);
    assertEquals("emotion: ROC-AUC of 'a' is undefined (every example is true); reported as null",
        guard.warnings().get(0));
    assertEquals("emotion: macro ROC-AUC is undefined (no class has a defined ROC-AUC); reported"
        + " as null", guard.warnings().get(5));
  }
}
