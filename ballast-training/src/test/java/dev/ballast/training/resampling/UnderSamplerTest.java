package dev.ballast.training.resampling;

import static dev.ballast.training.resampling.Fixtures.MAIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.training.TrainingSet;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnderSamplerTest {
  static final TrainingSet DATA = Fixtures.blobs(new int[] {50, 17, 9}, 6, 5, 1);

  @Test
  void shrinksEveryClassToTheMinorityCount() {
    Resampled out = new RandomUnderSampler().fitResample(DATA, MAIN, 3);
    assertArrayEquals(new long[] {9, 9, 9}, Fixtures.mainCounts(out.data()));
    assertEquals(27 + 6, out.data().size(), "unlabelled rows are kept");
    int[] kept = Arrays.stream(out.sources()).mapToInt(s -> s[0]).toArray();
    for (int i = 1; i < kept.length; i++) {
      assertTrue(kept[i] > kept[i - 1], "no duplicates, input order");
    }
  }

  @Test
  void keepsTheWholeMinorityClass() {
    Resampled out = new RandomUnderSampler().fitResample(DATA, MAIN, 3);
    assertArrayEquals(Fixtures.rowsOf(DATA, Fixtures.RARE),
        Arrays.stream(out.sources()).mapToInt(s -> s[0])
            .filter(i -> Fixtures.classOf(DATA, i, MAIN) == Fixtures.RARE).toArray());
  }

  @Test
  void shrinksToGivenCounts() {
    Resampled out = new RandomUnderSampler(SamplingStrategy.counts(Map.of("big", 30)))
        .fitResample(DATA, MAIN, 3);
    assertArrayEquals(new long[] {30, 17, 9}, Fixtures.mainCounts(out.data()));
  }

  @Test
  void majorityOnly() {
    Resampled out = new RandomUnderSampler(SamplingStrategy.MAJORITY).fitResample(DATA, MAIN, 3);
    assertArrayEquals(new long[] {9, 17, 9}, Fixtures.mainCounts(out.data()));
  }

  @Test
  void seedChoosesTheSubset() {
    Resampled a = new RandomUnderSampler().fitResample(DATA, MAIN, 1);
    Resampled b = new RandomUnderSampler().fitResample(DATA, MAIN, 1);
    Resampled c = new RandomUnderSampler().fitResample(DATA, MAIN, 2);
    assertTrue(Arrays.deepEquals(a.sources(), b.sources()));
    assertTrue(!Arrays.deepEquals(a.sources(), c.sources()));
  }
}
