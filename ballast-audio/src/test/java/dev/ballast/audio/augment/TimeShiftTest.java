package dev.ballast.audio.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.audio.AudioClip;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimeShiftTest {

  private static int peak(float[] y) {
    int at = -1;
    for (int i = 0; i < y.length; i++) {
      if (y[i] != 0) {
        assertEquals(-1, at, "more than one non-zero sample");
        at = i;
      }
    }
    return at;
  }

  @Test
  void impulseMovesByTheShift() {
    TimeShift circular = new TimeShift(0.1, TimeShift.Mode.CIRCULAR);
    TimeShift zero = new TimeShift(0.1, TimeShift.Mode.ZERO_FILL);
    float[] x = Signals.impulse(1000, 100, 1000).samples();
    assertEquals(150, peak(circular.shifted(x, 50)));
    assertEquals(150, peak(zero.shifted(x, 50)));
    assertEquals(950, peak(circular.shifted(x, -150)), "wraps round");
    assertEquals(-1, peak(zero.shifted(x, -150)), "falls off the start");
  }

  @Test
  void randomShiftsStayWithinMaxAndVary() {
    AudioClip in = Signals.impulse(16000, 8000, 16000);
    TimeShift shift = new TimeShift(0.1, TimeShift.Mode.ZERO_FILL);
    SplittableRandom random = new SplittableRandom(9);
    Set<Integer> seen = new HashSet<>();
    for (int k = 0; k < 100; k++) {
      int moved = peak(shift.apply(in, random).samples()) - 8000;
      assertTrue(Math.abs(moved) <= 1600, "moved " + moved + " samples");
      seen.add(moved);
    }
    assertTrue(seen.size() > 90, "only " + seen.size() + " distinct shifts");
  }

  @Test
  void circularShiftKeepsEverySample() {
    AudioClip in = Signals.tone(300, 16000, 0.2, 0.5);
    float[] out = new TimeShift(0.05, TimeShift.Mode.CIRCULAR).apply(in, new SplittableRandom(1))
        .samples();
    float[] a = in.samples().clone();
    float[] b = out.clone();
    java.util.Arrays.sort(a);
    java.util.Arrays.sort(b);
    assertArrayEquals(a, b);
  }

  @Test
  void negativeMaximumSaysTheConstraintAndTheFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TimeShift(-0.1, TimeShift.Mode.CIRCULAR));
    assertEquals("shift: maxShiftSec must be a finite number >= 0, got -0.1; write e.g. shift=0.1 "
        + "for up to 100 ms either way", e.getMessage());
  }
}
