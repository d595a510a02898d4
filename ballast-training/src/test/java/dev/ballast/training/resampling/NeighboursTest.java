package dev.ballast.training.resampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NeighboursTest {
  @Test
  void agreesWithSortingAllDistances() {
    SplittableRandom r = new SplittableRandom(5);
    float[][] x = new float[200][16];
    for (float[] row : x) {
      for (int d = 0; d < row.length; d++) {
        row[d] = (float) (r.nextDouble() * 10 - 5);
      }
    }
    int[] all = IntStream.range(0, x.length).toArray();
    int[] evens = IntStream.range(0, x.length).filter(i -> i % 2 == 0).toArray();
    int[][] nn = Neighbours.nearest(x, all, evens, 7);
    for (int q = 0; q < x.length; q++) {
      assertArrayEquals(Arrays.copyOf(Fixtures.byDistance(x, q, evens), 7), nn[q], "row " + q);
    }
  }

  @Test
  void excludesTheQueryAndBreaksTiesByReferenceOrder() {
    float[][] x = {Fixtures.p(0, 0), Fixtures.p(1, 0), Fixtures.p(0, 1), Fixtures.p(-1, 0),
        Fixtures.p(0, 0)};
    int[][] nn = Neighbours.nearest(x, new int[] {0}, new int[] {0, 3, 2, 1, 4}, 3);
    assertArrayEquals(new int[] {4, 3, 2}, nn[0], "the duplicate at distance 0 first, then ties");
  }
}
