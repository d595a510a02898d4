package dev.ballast.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpecAugmentTest {
  private static final int FRAMES = 200;
  private static final int BINS = 80;

  /** Values around 100, none equal to each other or to a fill value. */
  private static float[][] features() {
    Random r = new Random(1);
    float[][] x = new float[FRAMES][BINS];
    for (float[] row : x) {
      for (int b = 0; b < BINS; b++) {
        row[b] = (float) (100 + r.nextGaussian());
      }
    }
    return x;
  }

  /** Widths of the maximal runs of fully masked columns (bins) or rows (frames). */
  private static int[] runs(boolean[] masked) {
    int[] widths = new int[masked.length];
    int n = 0;
    int run = 0;
    for (int i = 0; i <= masked.length; i++) {
      if (i < masked.length && masked[i]) {
        run++;
      } else if (run > 0) {
        widths[n++] = run;
        run = 0;
      }
    }
    return Arrays.copyOf(widths, n);
  }

  @Test
  void masksRespectCountsAndWidthsAndLeaveTheRestUntouched() {
    float[][] in = features();
    float[][] before = Arrays.stream(in).map(float[]::clone).toArray(float[][]::new);
    SpecAugment aug = new SpecAugment(2, 10, 3, 20, SpecAugment.Fill.MEAN);
    boolean sawMask = false;
    for (long seed = 0; seed < 50; seed++) {
      float[][] out = aug.apply(in, seed);
      boolean[] binMasked = new boolean[BINS];
      boolean[] frameMasked = new boolean[FRAMES];
      for (int b = 0; b < BINS; b++) {
        binMasked[b] = true;
        for (int t = 0; t < FRAMES; t++) {
          binMasked[b] &= out[t][b] != in[t][b];
        }
      }
      for (int t = 0; t < FRAMES; t++) {
        frameMasked[t] = true;
        for (int b = 0; b < BINS; b++) {
          frameMasked[t] &= out[t][b] != in[t][b];
        }
      }
      for (int t = 0; t < FRAMES; t++) {
        for (int b = 0; b < BINS; b++) {
          if (!binMasked[b] && !frameMasked[t]) {
            assertEquals(in[t][b], out[t][b], "unmasked cell changed at " + t + "," + b);
          }
        }
      }
      int[] bandRuns = runs(binMasked);
      int[] frameRuns = runs(frameMasked);
      // Overlapping masks merge into one run: at most the count, at most count x width in all.
      assertTrue(bandRuns.length <= 2 && Arrays.stream(bandRuns).sum() <= 20, "bands "
          + Arrays.toString(bandRuns));
      assertTrue(frameRuns.length <= 3 && Arrays.stream(frameRuns).sum() <= 60, "frames "
          + Arrays.toString(frameRuns));
      sawMask |= bandRuns.length > 0 && frameRuns.length > 0;
    }
    assertTrue(sawMask);
    for (int t = 0; t < FRAMES; t++) {
      assertArrayEquals(before[t], in[t], "input modified");
    }
  }

  @Test
  void fillIsTheUtteranceMeanOrZero() {
    float[][] in = {{1, 2}, {3, 6}};
    float[][] mean = new SpecAugment(0, 0, 1, 2, SpecAugment.Fill.MEAN).apply(in, 0);
    float[][] zero = new SpecAugment(0, 0, 1, 2, SpecAugment.Fill.ZERO).apply(in, 0);
    for (int t = 0; t < 2; t++) {
      for (int b = 0; b < 2; b++) {
        assertTrue(mean[t][b] == in[t][b] || mean[t][b] == 3f);
        assertTrue(zero[t][b] == in[t][b] || zero[t][b] == 0f);
      }
    }
  }

  @Test
  void sameSeedSameMasksOtherSeedOtherMasks() {
    float[][] in = features();
    SpecAugment aug = new SpecAugment(2, 27, 2, 40, SpecAugment.Fill.ZERO);
    assertTrue(Arrays.deepEquals(aug.apply(in, 5), aug.apply(in, 5)));
    assertFalse(Arrays.deepEquals(aug.apply(in, 5), aug.apply(in, 6)));
  }

  @Test
  void masksWiderThanTheInputAreCapped() {
    float[][] in = {{1, 2, 3}};
    float[][] out = new SpecAugment(3, 100, 3, 100, SpecAugment.Fill.ZERO).apply(in, 2);
    assertEquals(3, out[0].length);
    assertEquals(0, new SpecAugment(1, 5, 1, 5, SpecAugment.Fill.MEAN).apply(new float[0][], 0)
        .length);
  }

  @Test
  void errorsSayTheConstraintAndTheFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SpecAugment(2, -1, 2, 100, SpecAugment.Fill.MEAN));
    assertEquals("SpecAugment counts and widths must be >= 0, got 2 frequency masks of up to -1 "
        + "bins and 2 time masks of up to 100 frames; LibriSpeech's setting is 2, 27, 2, 100",
        e.getMessage());
    IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
        () -> new SpecAugment(1, 1, 1, 1, SpecAugment.Fill.MEAN).apply(new float[][] {{1, 2}, {3}},
            0));
    assertEquals("features must be float[frame][bin] with one width, frame 0 has 2 bins but frame "
        + "1 has 1; pass a rectangular array", ragged.getMessage());
  }
}
