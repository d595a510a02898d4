package dev.ballast.evaluation;

import static dev.ballast.evaluation.Fixtures.ABC;
import static dev.ballast.evaluation.Fixtures.XYZ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BootstrapTest {
  private static final int N = 60;

  /** 60 examples, truth i mod 3, 3 of every 5 predictions right and the rest one class on. */
  private static int[] truth() {
    int[] t = new int[N];
    for (int i = 0; i < N; i++) {
      t[i] = i % 3;
    }
    return t;
  }

  private static int[] predicted() {
    int[] p = truth();
    for (int i = 0; i < N; i++) {
      p[i] = i % 5 < 3 ? p[i] : (p[i] + 1) % 3;
    }
    return p;
  }

  private static BootstrapIntervals single(Bootstrap b) {
    return BootstrapIntervals.singleLabel("emotion", ABC, truth(), predicted(), ZeroDivision.ZERO,
        b, new ZeroDivisionGuard("emotion", ZeroDivision.ZERO));
  }

  @Test
  void percentilesInterpolateBetweenOrderStatistics() {
    double[] sorted = new double[101];
    for (int i = 0; i <= 100; i++) {
      sorted[i] = i;
    }
    // position q (n - 1) = 0.025 x 100 = 2.5 -> halfway between 2 and 3
    assertEquals(2.5, Bootstrap.percentile(sorted, 0.025), 1e-12);
    assertEquals(97.5, Bootstrap.percentile(sorted, 0.975), 1e-12);
    assertEquals(100, Bootstrap.percentile(sorted, 1), 1e-12);
    assertEquals(7, Bootstrap.percentile(new double[] {7}, 0.975), 1e-12);
  }

  @Test
  void constantStatisticGivesAZeroWidthInterval() {
    List<ConfidenceInterval> ci = new Bootstrap(50, 3).intervals(10, draw -> new double[] {0.4});
    assertEquals(List.of(new ConfidenceInterval(0.4, 0.4)), ci);
  }

  @Test
  void sameSeedSameIntervalsAndOtherSeedOtherIntervals() {
    assertEquals(single(new Bootstrap(1000, 7)), single(new Bootstrap(1000, 7)));
    assertNotEquals(single(new Bootstrap(1000, 7)).macroF1(),
        single(new Bootstrap(1000, 8)).macroF1());
  }

  @Test
  void intervalsContainThePointEstimates() {
    SingleLabelMetrics point = SingleLabelMetrics.compute("emotion",
        ConfusionMatrix.of(ABC, truth(), predicted()), ZeroDivision.ZERO);
    BootstrapIntervals b = single(Bootstrap.DEFAULT);
    ConfidenceInterval f1 = b.macroF1().orElseThrow();
    ConfidenceInterval ba = b.balancedAccuracy().orElseThrow();
    assertTrue(f1.contains(point.macroF1()) && f1.lower() < f1.upper(), f1 + " " + point.macroF1());
    assertTrue(ba.contains(point.balancedAccuracy()) && ba.lower() < ba.upper(), ba.toString());
    assertEquals(0.6, point.balancedAccuracy(), 1e-12, "3 of every 5 right in every class");
  }

  @Test
  void multiLabelIntervalsContainThePointEstimates() {
    boolean[][] t = new boolean[N][3];
    boolean[][] p = new boolean[N][3];
    for (int i = 0; i < N; i++) {
      t[i][i % 3] = true;
      p[i][i % 4 == 0 ? (i + 1) % 3 : i % 3] = true;
    }
    MultiLabelMetrics point = MultiLabelMetrics.compute("sounds", XYZ, t, p, ZeroDivision.ZERO);
    BootstrapIntervals b = BootstrapIntervals.multiLabel("sounds", XYZ, t, p, ZeroDivision.ZERO,
        Bootstrap.DEFAULT, new ZeroDivisionGuard("sounds", ZeroDivision.ZERO));
    assertTrue(b.macroF1().orElseThrow().contains(point.macroF1()));
    assertTrue(b.balancedAccuracy().orElseThrow().contains(point.balancedAccuracy()));
  }

  @Test
  void nothingToResampleGivesNoIntervalsAndAWarning() {
    ZeroDivisionGuard guard = new ZeroDivisionGuard("emotion", ZeroDivision.ZERO);
    BootstrapIntervals b = BootstrapIntervals.singleLabel("emotion", ABC, new int[0], new int[0],
        ZeroDivision.ZERO, Bootstrap.DEFAULT, guard);
    assertEquals(new BootstrapIntervals(Bootstrap.DEFAULT, Optional.empty(), Optional.empty()), b);
    assertEquals(List.of("emotion: bootstrap intervals of macro-F1 and balanced accuracy are"
        + " undefined (no examples to resample); reported as null"), guard.warnings());
  }

  @Test
  void badSettingsAreRejected() {
    assertEquals("bootstrap needs at least 1 resample, got 0; use e.g. 1000",
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(0, 1)).getMessage());
    assertEquals("interval needs lower <= upper, got [0.5, 0.4]; pass the bounds in order",
        assertThrows(IllegalArgumentException.class, () -> new ConfidenceInterval(0.5, 0.4))
            .getMessage());
  }
}
