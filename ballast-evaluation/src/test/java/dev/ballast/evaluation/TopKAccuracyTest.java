package dev.ballast.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TopKAccuracyTest {
  private static final double EPS = 1e-12;
  private static final double[][] P = ProbabilityFixtures.widened(ProbabilityFixtures.single());

  @Test
  void trueClassAmongTheKMostProbable() {
    // rank of the true class per row: a in [.6 .3 .1] 0; a in [.4 .5 .1] 1; b in [.2 .7 .1] 0;
    // b in [.3 .6 .1] 0; c in [.5 .3 .2] 2
    assertEquals(3.0 / 5, TopKAccuracy.of(Fixtures.TRUTH, P, 1), EPS, "top-1 is accuracy");
    assertEquals(4.0 / 5, TopKAccuracy.of(Fixtures.TRUTH, P, 2), EPS);
  }

  @Test
  void kAtOrAboveTheClassCountIsAlwaysOne() {
    assertEquals(1.0, TopKAccuracy.of(Fixtures.TRUTH, P, 3), EPS);
    assertEquals(1.0, TopKAccuracy.of(Fixtures.TRUTH, P, 7), EPS);
  }

  @Test
  void tiesGoToTheLowerClassIndex() {
    double[][] tied = {{0.4, 0.4, 0.2}};
    assertEquals(1.0, TopKAccuracy.of(new int[] {0}, tied, 1), EPS);
    assertEquals(0.0, TopKAccuracy.of(new int[] {1}, tied, 1), EPS, "a comes first");
    assertEquals(1.0, TopKAccuracy.of(new int[] {1}, tied, 2), EPS);
  }

  @Test
  void onlyKBelowTheClassCountIsReported() {
    ZeroDivisionGuard guard = new ZeroDivisionGuard("emotion", ZeroDivision.ZERO);
    Map<Integer, OptionalDouble> three = TopKAccuracy.reported(Fixtures.TRUTH, P, 3, guard);
    assertEquals(List.of(2), List.copyOf(three.keySet()));
    assertEquals(0.8, three.get(2).getAsDouble(), EPS);
    assertEquals(List.of(2, 3), List.copyOf(
        TopKAccuracy.reported(new int[] {0}, new double[][] {{1, 0, 0, 0}}, 4, guard).keySet()));
    assertEquals(Map.of(), TopKAccuracy.reported(new int[] {0}, new double[][] {{1, 0}}, 2,
        guard), "K = 2: every k >= K");
    assertEquals(Map.of(2, OptionalDouble.empty()),
        TopKAccuracy.reported(new int[0], new double[0][], 3, guard));
    assertEquals(List.of("emotion: top-2 accuracy is undefined (no labelled examples); reported"
        + " as null"), guard.warnings());
  }

  @Test
  void kBelowOneIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TopKAccuracy.of(Fixtures.TRUTH, P, 0));
    assertEquals("top-k accuracy needs k >= 1, got 0; use k = 1 for plain accuracy",
        e.getMessage());
  }
}
