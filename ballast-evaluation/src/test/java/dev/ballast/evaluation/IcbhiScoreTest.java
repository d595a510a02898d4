package dev.ballast.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class IcbhiScoreTest {
  private static final double EPS = 1e-12;
  private static final boolean T = true;
  private static final boolean F = false;

  private static ZeroDivisionGuard guard() {
    return new ZeroDivisionGuard("sounds", ZeroDivision.ZERO);
  }

  @Test
  void sensitivityNeedsTheExactSetAndSpecificityAnEmptyOne() {
    ZeroDivisionGuard guard = guard();
    IcbhiScore s = IcbhiScore.compute(Fixtures.multiTruth(), Fixtures.multiPredicted(), guard);
    // abnormal rows 0 {x}->{x} hit, 1 {x,y}->{x} miss: Se = 1/2
    // normal rows 2 {}->{y} miss, 3 {}->{} hit: Sp = 1/2
    assertEquals(0.5, s.sensitivity().getAsDouble(), EPS);
    assertEquals(0.5, s.specificity().getAsDouble(), EPS);
    assertEquals(0.5, s.score().getAsDouble(), EPS);
    assertEquals(List.of(), guard.warnings());
  }

  @Test
  void crackleAndWheezeCyclesAsInTheChallenge() {
    // labels (crackle, wheeze); 2 normal, 3 abnormal cycles
    boolean[][] truth = {{F, F}, {F, F}, {T, F}, {F, T}, {T, T}};
    boolean[][] pred = {{F, F}, {T, F}, {T, F}, {T, T}, {T, T}};
    IcbhiScore s = IcbhiScore.compute(truth, pred, guard());
    // Se = 2/3 (crackle and both right, wheeze called both), Sp = 1/2, score = 7/12
    assertEquals(2.0 / 3, s.sensitivity().getAsDouble(), EPS);
    assertEquals(0.5, s.specificity().getAsDouble(), EPS);
    assertEquals(7.0 / 12, s.score().getAsDouble(), EPS);
  }

  @Test
  void onlyNormalCyclesLeaveSensitivityAndScoreNull() {
    ZeroDivisionGuard guard = guard();
    IcbhiScore s = IcbhiScore.compute(new boolean[][] {{F, F}}, new boolean[][] {{F, F}}, guard);
    assertEquals(OptionalDouble.empty(), s.sensitivity());
    assertEquals(1.0, s.specificity().getAsDouble(), EPS);
    assertEquals(OptionalDouble.empty(), s.score());
    assertEquals(List.of(
        "sounds: ICBHI sensitivity is undefined (no row has a true label); reported as null",
        "sounds: ICBHI score is undefined (it needs both sensitivity and specificity); reported as"
            + " null"), guard.warnings());
  }
}
