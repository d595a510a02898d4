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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * On a line: six safe "rare" points at 0..0.5, two danger points at 4.6 and 4.7 just before the
 * "big" run 5.0..7.3, and a noise point at 5.55 inside it. With m = 4, the danger points have 3
 * big neighbours of 4, the noise point 4 of 4, the safe points none.
 */
class BorderlineSmoteTest {
  static final int DANGER_A = 6;
  static final int DANGER_B = 7;
  static final int NOISE = 8;

  static TrainingSet line(boolean withBorder) {
    List<float[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      x.add(Fixtures.p(0.1 * i, 0));
      y.add(RARE);
    }
    double[] border = withBorder ? new double[] {4.6, 4.7, 5.55} : new double[] {0.6, 0.7, 0.8};
    for (double b : border) {
      x.add(Fixtures.p(b, 0));
      y.add(RARE);
    }
    for (int i = 0; i < 24; i++) {
      x.add(Fixtures.p(5.0 + 0.1 * i, 0));
      y.add(BIG);
    }
    return Fixtures.set(x.toArray(new float[0][]),
        y.stream().mapToInt(Integer::intValue).toArray());
  }

  @Test
  void generatesOnlyFromDangerPoints() {
    TrainingSet data = line(true);
    Resampled out = new BorderlineSmote(3, 4, SamplingStrategy.NOT_MAJORITY)
        .fitResample(data, MAIN, 5);
    Set<Integer> starts = new TreeSet<>();
    for (int row = data.size(); row < out.data().size(); row++) {
      starts.add(out.sources()[row][0]);
      int[] nearest = Fixtures.byDistance(data.x(), out.sources()[row][0],
          Fixtures.rowsOf(data, RARE));
      int neighbour = out.sources()[row][1];
      assertTrue(neighbour == nearest[0] || neighbour == nearest[1] || neighbour == nearest[2]);
    }
    assertEquals(Set.of(DANGER_A, DANGER_B), starts);
    assertArrayEquals(new long[] {24, 0, 24}, Fixtures.mainCounts(out.data()));
  }

  @Test
  void noisePointIsANeighbourButNeverAStart() {
    TrainingSet data = line(true);
    Resampled out = new BorderlineSmote(3, 4, SamplingStrategy.NOT_MAJORITY)
        .fitResample(data, MAIN, 5);
    boolean towardsNoise = false;
    for (int row = data.size(); row < out.data().size(); row++) {
      assertTrue(out.sources()[row][0] != NOISE);
      towardsNoise |= out.sources()[row][1] == NOISE;
    }
    assertTrue(towardsNoise, "5.55 is among the 3 nearest rare points of 4.6 and 4.7");
  }

  @Test
  void classWithoutDangerPointsIsLeftAsItIs() {
    TrainingSet data = line(false);
    Resampled out = new BorderlineSmote(3, 4, SamplingStrategy.NOT_MAJORITY)
        .fitResample(data, MAIN, 5);
    assertEquals(data.size(), out.data().size());
  }
}
