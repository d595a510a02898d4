package dev.ballast.training.resampling;

import static dev.ballast.training.resampling.Fixtures.BIG;
import static dev.ballast.training.resampling.Fixtures.MAIN;
import static dev.ballast.training.resampling.Fixtures.MID;
import static dev.ballast.training.resampling.Fixtures.RARE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.training.TrainingSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Random over-sampling and SMOTE: exact counts, duplicates and points on neighbour segments. */
class OverSamplerTest {
  static final TrainingSet DATA = Fixtures.blobs(new int[] {50, 17, 9}, 6, 5, 1);

  @Test
  void randomOverSamplingBalancesEveryClassToTheMajority() {
    Resampled out = new RandomOverSampler().fitResample(DATA, MAIN, 1);
    assertArrayEquals(new long[] {50, 50, 50}, Fixtures.mainCounts(out.data()));
    assertEquals(DATA.size() + 33 + 41, out.data().size());
    for (int row = DATA.size(); row < out.data().size(); row++) {
      int src = out.sources()[row][0];
      assertFalse(out.isSynthetic(row));
      assertSame(DATA.x()[src], out.data().x()[row], "a duplicate shares its source's embedding");
      assertTrue(Fixtures.classOf(DATA, src, MAIN) != BIG);
    }
  }

  @Test
  void randomOverSamplingToGivenCountsLeavesOtherClassesAlone() {
    Resampled out = new RandomOverSampler(SamplingStrategy.counts(Map.of("rare", 30)))
        .fitResample(DATA, MAIN, 1);
    assertArrayEquals(new long[] {50, 17, 30}, Fixtures.mainCounts(out.data()));
  }

  @Test
  void minorityStrategyGrowsOnlyTheSmallestClass() {
    Resampled out = new Smote(5, SamplingStrategy.MINORITY).fitResample(DATA, MAIN, 1);
    assertArrayEquals(new long[] {50, 17, 50}, Fixtures.mainCounts(out.data()));
  }

  @Test
  void smoteBalancesExactly() {
    Resampled out = new Smote().fitResample(DATA, MAIN, 4);
    assertArrayEquals(new long[] {50, 50, 50}, Fixtures.mainCounts(out.data()));
    assertEquals(DATA.size() - DATA.labelled(MAIN), out.data().size() - out.data().labelled(MAIN),
        "unlabelled rows neither dropped nor copied");
  }

  @Test
  void smotePointsLieOnSegmentsToOneOfTheKNearestSameClassNeighbours() {
    int k = 3;
    Resampled out = new Smote(k, SamplingStrategy.NOT_MAJORITY).fitResample(DATA, MAIN, 8);
    Set<Integer> samples = new HashSet<>();
    int synthetic = 0;
    for (int row = DATA.size(); row < out.data().size(); row++) {
      assertTrue(out.isSynthetic(row));
      int a = out.sources()[row][0];
      int b = out.sources()[row][1];
      int cls = Fixtures.classOf(out.data(), row, MAIN);
      assertEquals(cls, Fixtures.classOf(DATA, a, MAIN));
      int[] nearest = Fixtures.byDistance(DATA.x(), a, Fixtures.rowsOf(DATA, cls));
      assertTrue(Arrays.stream(nearest).limit(k).anyMatch(n -> n == b),
          "neighbour " + b + " of " + a + " is not among its " + k + " nearest");
      double u = Fixtures.segmentParameter(DATA.x()[a], DATA.x()[b], out.data().x()[row]);
      assertTrue(u >= 0 && u < 1);
      assertEquals(DATA.targets()[a][1], out.data().targets()[row][1], "other task from sample");
      assertEquals(DATA.targets()[a][2], out.data().targets()[row][2], "other task from sample");
      samples.add(a);
      synthetic++;
    }
    assertEquals(33 + 41, synthetic);
    assertTrue(samples.size() > 20, "starting points are spread over the class: " + samples.size());
  }

  @Test
  void smoteOnTwoPointsStaysBetweenThem() {
    float[][] x = {Fixtures.p(0, 0), Fixtures.p(2, 4), Fixtures.p(9, 9), Fixtures.p(9, 8),
        Fixtures.p(8, 9), Fixtures.p(8, 8)};
    TrainingSet data = Fixtures.set(x, new int[] {RARE, RARE, BIG, BIG, BIG, BIG});
    Resampled out = new Smote(1, SamplingStrategy.NOT_MAJORITY).fitResample(data, MAIN, 2);
    assertEquals(8, out.data().size());
    for (int row = 6; row < 8; row++) {
      float[] v = out.data().x()[row];
      assertEquals(2 * v[0], v[1], 1e-6, "on the line y = 2x");
      assertTrue(v[0] >= 0 && v[0] <= 2);
      assertEquals(RARE, Fixtures.classOf(out.data(), row, MAIN));
    }
  }

  @Test
  void differentSeedsDrawDifferentRows() {
    Resampled a = new Smote().fitResample(DATA, MAIN, 1);
    Resampled b = new Smote().fitResample(DATA, MAIN, 2);
    assertFalse(Arrays.deepEquals(a.data().x(), b.data().x()));
  }

  @Test
  void midClassCanBeLeftAloneByCounts() {
    Resampled out = new Smote(5, SamplingStrategy.counts(Map.of("rare", 17, "big", 50)))
        .fitResample(DATA, MAIN, 1);
    assertArrayEquals(new long[] {50, 17, 17}, Fixtures.mainCounts(out.data()));
    assertEquals(17, Fixtures.rowsOf(out.data(), MID).length);
  }
}
