package dev.ballast.heads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GroupNormalizerTest {

  /** The within-speaker pattern: standard normal draws, the same for both speakers. */
  private static final double[] PATTERN = new double[200];

  static {
    Random r = new Random(9);
    for (int i = 0; i < PATTERN.length; i++) {
      PATTERN[i] = r.nextGaussian();
    }
  }

  private static double pattern(int i) {
    return PATTERN[i];
  }

  /** Two speakers whose voices differ by an offset; within each, the same Gaussian pattern. */
  private static float[][] twoSpeakers(List<String> groups) {
    Random r = new Random(5);
    List<float[]> rows = new ArrayList<>();
    for (int s = 0; s < 2; s++) {
      for (int i = 0; i < 200; i++) {
        double p = pattern(i);
        rows.add(new float[] {(float) (s * 4 + p + 0.1 * r.nextGaussian()),
            (float) (s * -8 + 3 * p)});
        groups.add("spk" + s);
      }
    }
    return rows.toArray(new float[0][]);
  }

  @Test
  void replaceRemovesEachSpeakersOffsetAndScale() {
    List<String> groups = new ArrayList<>();
    float[][] x = twoSpeakers(groups);
    GroupNormalizer g = GroupNormalizer.fit(GroupNormalizer.Mode.REPLACE, x, groups);
    float[][] y = g.applyByGroup(x, groups);
    assertEquals(2, g.outputDimension());
    for (int s = 0; s < 2; s++) {
      double[] z = new double[200];
      for (int i = 0; i < 200; i++) {
        z[i] = y[s * 200 + i][0];
      }
      java.util.Arrays.sort(z);
      // 200 clips against 2 pseudo-clips of the prior: close to the speaker's own robust score
      assertEquals(0, 0.5 * (z[99] + z[100]), 0.05, "speaker " + s + " centred on its median");
      double mean = java.util.Arrays.stream(z).average().orElseThrow();
      double sd = Math.sqrt(java.util.Arrays.stream(z).map(v -> (v - mean) * (v - mean)).sum()
          / 200);
      assertEquals(1, sd, 0.15, "speaker " + s + " unit scale");
    }
    // the within-speaker pattern is the same for both speakers once the offset is gone
    for (int i = 0; i < 3; i++) {
      assertEquals(y[i][1], y[200 + i][1], 0.05);
      assertEquals(pattern(i), y[i][1], 0.2);
    }
  }

  @Test
  void appendKeepsTheRawEmbeddingFirst() {
    List<String> groups = new ArrayList<>();
    float[][] x = twoSpeakers(groups);
    GroupNormalizer g = GroupNormalizer.fit(GroupNormalizer.Mode.APPEND, x, groups);
    float[][] y = g.applyByGroup(x, groups);
    assertEquals(4, g.outputDimension());
    assertArrayEquals(x[7], new float[] {y[7][0], y[7][1]});
    GroupNormalizer r = GroupNormalizer.fit(GroupNormalizer.Mode.REPLACE, x, groups);
    float[] relative = r.applyByGroup(x, groups)[7];
    assertArrayEquals(relative, new float[] {y[7][2], y[7][3]}, 1e-6f);
  }

  @Test
  void aGroupOfOneClipFallsBackTowardsTheTrainingStatistics() {
    List<String> groups = new ArrayList<>();
    float[][] x = twoSpeakers(groups);
    GroupNormalizer g = GroupNormalizer.fit(GroupNormalizer.Mode.REPLACE, x, groups);
    float[] clip = {4f, -8f};
    GroupNormalizer.Stats s = g.stats(List.of(clip));
    // mean = (clip + 2 x training mean) / 3, spread from the pooled within-speaker variance
    assertEquals((4 + 2 * g.centre()[0]) / 3, s.centre()[0], 1e-4);
    assertTrue(g.centre()[0] > 0.5 && g.centre()[0] < 3.5, "median of both speakers");
    assertEquals(1.01, g.variance()[0], 0.25);
    float[] y = g.apply(clip, s);
    for (float v : y) {
      assertTrue(Float.isFinite(v));
    }
    // a constant dimension stays finite too
    float[][] flat = {{1f, 2f}, {1f, 3f}};
    GroupNormalizer f = GroupNormalizer.fit(GroupNormalizer.Mode.REPLACE, flat, List.of("a", "a"));
    float[][] out = f.applyByGroup(flat, List.of("a", "a"));
    assertEquals(0f, out[0][0]);
    assertTrue(Float.isFinite(out[1][1]));
  }

  @Test
  void errorsNameTheProblem() {
    float[][] x = {{1f, 2f}, {3f, 4f}};
    GroupNormalizer g = GroupNormalizer.fit(GroupNormalizer.Mode.APPEND, x, List.of("a", "a"));
    IllegalArgumentException dim = assertThrows(IllegalArgumentException.class,
        () -> g.stats(List.of(new float[3])));
    assertEquals("group normaliser expects 2 dimensions, got 3; the embedding does not match the "
        + "model's encoder", dim.getMessage());
    IllegalArgumentException mode = assertThrows(IllegalArgumentException.class,
        () -> GroupNormalizer.Mode.parse("speaker"));
    assertEquals("unknown group normalisation 'speaker'; use none, append or replace",
        mode.getMessage());
    assertEquals(GroupNormalizer.Mode.APPEND, GroupNormalizer.Mode.parse("Append"));
    assertThrows(IllegalArgumentException.class,
        () -> GroupNormalizer.fit(GroupNormalizer.Mode.NONE, x, List.of("a", "a")));
    assertThrows(IllegalArgumentException.class, () -> g.applyByGroup(x, List.of("a")));
  }
}
