package dev.ballast.training.resampling;

import static dev.ballast.training.resampling.Fixtures.TAGS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.data.Target;
import dev.ballast.training.TrainingSet;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * 40 rows: t1 on rows 0..29, t2 on rows 10..29, t3 alone on rows 37..39. IRLbl = 1, 1.5, 10, so
 * MeanIR = 12.5 / 3 and only t3 is a minority label; it stops once 30 / positives <= MeanIR, at 8
 * positives, i.e. after 5 clones of t3 rows.
 */
class MlRosTest {
  static TrainingSet tagged() {
    int n = 40;
    float[][] x = new float[n][];
    Target[][] t = new Target[n][];
    for (int i = 0; i < n; i++) {
      x[i] = Fixtures.p(i, -i);
      t[i] = new Target[] {new Target.Single(i % 3), new Target.Single(i % 2),
          new Target.Multi(new boolean[] {i < 30, i >= 10 && i < 30, i >= 37})};
    }
    return new TrainingSet(Fixtures.TASKS, x, t);
  }

  @Test
  void clonesRowsOfTheRareLabelUntilItsRatioReachesTheMean() {
    TrainingSet data = tagged();
    Resampled out = new MlRos().fitResample(data, TAGS, 1);
    assertArrayEquals(new long[] {30, 20, 3}, data.classCounts(TAGS));
    assertArrayEquals(new long[] {30, 20, 8}, out.data().classCounts(TAGS));
    for (int row = data.size(); row < out.data().size(); row++) {
      int src = out.sources()[row][0];
      assertTrue(src >= 37, "clone of a t3 row, got " + src);
      assertArrayEquals(data.targets()[src], out.data().targets()[row]);
      assertArrayEquals(data.x()[src], out.data().x()[row]);
    }
  }

  @Test
  void theCloneBudgetCapsTheGrowth() {
    TrainingSet data = tagged();
    Resampled out = new MlRos(0.05).fitResample(data, TAGS, 1);
    assertEquals(42, out.data().size(), "round(0.05 * 40) = 2 clones");
    assertArrayEquals(new long[] {30, 20, 5}, out.data().classCounts(TAGS));
  }

  @Test
  void balancedLabelsAreLeftAlone() {
    int n = 10;
    float[][] x = new float[n][];
    Target[][] t = new Target[n][];
    for (int i = 0; i < n; i++) {
      x[i] = Fixtures.p(i);
      t[i] = new Target[] {new Target.Single(0), new Target.Single(0),
          new Target.Multi(new boolean[] {i % 2 == 0, i % 2 == 1, i < 5})};
    }
    TrainingSet data = new TrainingSet(Fixtures.TASKS, x, t);
    assertEquals(n, new MlRos().fitResample(data, TAGS, 1).data().size());
  }

  @Test
  void sameSeedSameClones() {
    TrainingSet data = tagged();
    assertTrue(Arrays.deepEquals(new MlRos().fitResample(data, TAGS, 9).sources(),
        new MlRos().fitResample(data, TAGS, 9).sources()));
  }
}
