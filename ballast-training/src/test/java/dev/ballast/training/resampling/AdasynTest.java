package dev.ballast.training.resampling;

import static dev.ballast.training.resampling.Fixtures.BIG;
import static dev.ballast.training.resampling.Fixtures.MAIN;
import static dev.ballast.training.resampling.Fixtures.RARE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.training.TrainingSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two groups of six "rare" points: the crowded group at x = 20..20.5 sits among "big" points
 * placed between them; the quiet group at x = 0..0.5 has one "big" point just past its end. ADASYN
 * must start most new points in the crowded group.
 */
class AdasynTest {
  static TrainingSet twoGroups() {
    List<float[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      x.add(Fixtures.p(0.1 * i, 0));
      y.add(RARE);
    }
    for (int i = 0; i < 6; i++) {
      x.add(Fixtures.p(20 + 0.1 * i, 0));
      y.add(RARE);
    }
    x.add(Fixtures.p(0.55, 0));
    y.add(BIG);
    for (int i = 0; i < 6; i++) {
      x.add(Fixtures.p(20.05 + 0.1 * i, 0));
      y.add(BIG);
      x.add(Fixtures.p(20.05 + 0.1 * i, 0.02));
      y.add(BIG);
    }
    for (int i = 0; i < 30; i++) {
      x.add(Fixtures.p(0.1 * i, 100));
      y.add(BIG);
    }
    return Fixtures.set(x.toArray(new float[0][]),
        y.stream().mapToInt(Integer::intValue).toArray());
  }

  @Test
  void generatesMoreWhereOtherClassesCrowd() {
    TrainingSet data = twoGroups();
    Resampled out = new Adasyn().fitResample(data, MAIN, 3);
    assertArrayEquals(new long[] {43, 0, 43}, Fixtures.mainCounts(out.data()));
    int quiet = 0;
    int crowded = 0;
    for (int row = data.size(); row < out.data().size(); row++) {
      int start = out.sources()[row][0];
      quiet += start < 6 ? 1 : 0;
      crowded += start >= 6 && start < 12 ? 1 : 0;
    }
    assertEquals(31, quiet + crowded);
    assertTrue(quiet >= 1, "the quiet group's edge still seeds a little: " + quiet);
    assertTrue(crowded > 5 * quiet, "crowded " + crowded + " vs quiet " + quiet);
  }

  @Test
  void apportionSplitsExactlyByLargestRemainder() {
    assertArrayEquals(new int[] {1, 2, 7}, Adasyn.apportion(new int[] {1, 2, 7}, 10));
    assertArrayEquals(new int[] {1, 0, 2}, Adasyn.apportion(new int[] {1, 1, 4}, 3));
    assertArrayEquals(new int[] {2, 1, 1}, Adasyn.apportion(new int[] {1, 1, 1}, 4));
    assertArrayEquals(new int[] {0, 5}, Adasyn.apportion(new int[] {0, 3}, 5));
  }
}
