package dev.ballast.training.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdTunerTest {

  private static float[][] column(float... p) {
    float[][] out = new float[p.length][];
    for (int i = 0; i < p.length; i++) {
      out[i] = new float[] {p[i]};
    }
    return out;
  }

  private static boolean[][] column(boolean... y) {
    boolean[][] out = new boolean[y.length][];
    for (int i = 0; i < y.length; i++) {
      out[i] = new boolean[] {y[i]};
    }
    return out;
  }

  @Test
  void separableLabelGetsTheLowestPositiveProbability() {
    // Positives at 0.30..0.40, negatives below 0.25: every threshold in (0.25, 0.30] gives F1 1;
    // of the candidates (the dev probabilities) 0.30 is the only one there.
    float[][] p = column(0.10f, 0.20f, 0.25f, 0.30f, 0.35f, 0.40f);
    boolean[][] y = column(false, false, false, true, true, true);
    float[] t = new ThresholdTuner(s -> { }).tune(p, y, List.of("a"));
    assertEquals(0.30f, t[0], 0);
  }

  @Test
  void knownOptimumWithOverlap() {
    // Thresholds: 0.9 -> F1 2/3 (tp 1, fn 2); 0.6 -> tp 2, fp 1, fn 1 -> 4/6;
    // 0.4 -> tp 3, fp 1 -> 6/7 (the optimum); 0.2 -> tp 3, fp 3 -> 6/9; 0.5 -> tp 2 fp 1 fn 1.
    float[][] p = column(0.2f, 0.3f, 0.55f, 0.4f, 0.6f, 0.9f);
    boolean[][] y = column(false, false, false, true, true, true);
    float[] t = new ThresholdTuner(s -> { }).tune(p, y, List.of("a"));
    assertEquals(0.4f, t[0], 0);
    assertEquals(6 / 7.0, ThresholdTuner.f1(new float[] {0.2f, 0.3f, 0.55f, 0.4f, 0.6f, 0.9f},
        new boolean[] {false, false, false, true, true, true}, 0.4f), 1e-12);
  }

  @Test
  void tiesGoToTheCandidateClosestToHalf() {
    // Any threshold in (0.1, 0.9] separates; 0.5 is a candidate and is closest to itself.
    float[][] p = column(0.1f, 0.9f);
    boolean[][] y = column(false, true);
    assertEquals(0.5f, new ThresholdTuner(s -> { }).tune(p, y, List.of("a"))[0], 0);
  }

  @Test
  void labelWithoutDevPositivesKeepsHalfAndSaysWhy() {
    List<String> log = new ArrayList<>();
    float[][] p = {{0.7f, 0.2f}, {0.6f, 0.9f}};
    boolean[][] y = {{false, false}, {false, true}};
    float[] t = new ThresholdTuner(log::add).tune(p, y, List.of("absent", "b"));
    assertEquals(0.5f, t[0], 0);
    assertTrue(log.get(0).contains("absent") && log.get(0).contains("no positive"), log.get(0));
  }
}
