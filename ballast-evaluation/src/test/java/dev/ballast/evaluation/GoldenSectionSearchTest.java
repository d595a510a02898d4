package dev.ballast.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GoldenSectionSearchTest {
  @Test
  void findsTheMinimumOfAParabola() {
    assertEquals(1.3, GoldenSectionSearch.argmin(x -> (x - 1.3) * (x - 1.3), -5, 5, 1e-10), 1e-9);
  }

  @Test
  void monotoneFunctionEndsAtTheBound() {
    assertEquals(2.0, GoldenSectionSearch.argmin(x -> -x, -1, 2, 1e-10), 1e-9);
  }
}
