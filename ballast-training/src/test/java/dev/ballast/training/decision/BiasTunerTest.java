package dev.ballast.training.decision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.data.LabelVocabulary;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Dev logits of a prior-biased classifier: the logit of class c is a noisy likelihood score plus
 * {@code log prior_c} with priors 0.8 / 0.15 / 0.05, while dev has every class equally often, so
 * the argmax favours the majority and a bias towards the rare classes raises macro-F1.
 */
class BiasTunerTest {
  static final LabelVocabulary VOCAB = new LabelVocabulary(List.of("big", "mid", "rare"));
  static final double[] LOG_PRIOR = {Math.log(0.8), Math.log(0.15), Math.log(0.05)};

  record Dev(float[][] logits, int[] truth) {}

  static Dev priorBiased(int perClass, double noise, long seed) {
    Random r = new Random(seed);
    float[][] z = new float[3 * perClass][3];
    int[] y = new int[z.length];
    for (int i = 0; i < z.length; i++) {
      y[i] = i % 3;
      for (int c = 0; c < 3; c++) {
        z[i][c] = (float) ((c == y[i] ? 1.5 : 0) + noise * r.nextGaussian() + LOG_PRIOR[c]);
      }
    }
    return new Dev(z, y);
  }

  @Test
  void raisesMacroF1OnAPriorBiasedProblem() {
    Dev dev = priorBiased(100, 1.0, 1);
    BiasTuner.Result r = new BiasTuner(3).tune(dev.logits(), dev.truth(), VOCAB);
    assertTrue(r.devMacroF1After() > r.devMacroF1Before() + 0.05,
        r.devMacroF1Before() + " -> " + r.devMacroF1After());
    // The rare class is pushed up relative to the majority.
    assertTrue(r.bias()[2] - r.bias()[0] > 0.5, java.util.Arrays.toString(r.bias()));
    assertEquals(r.devMacroF1After(), BiasTuner.macroF1(dev.logits(), dev.truth(),
        toDouble(r.bias()), VOCAB), 1e-12);
  }

  @Test
  void neverLowersDevMacroF1() {
    for (long seed = 0; seed < 20; seed++) {
      // Small, noisy dev sets, some with an unlabelled row and a class nearly absent.
      Dev dev = priorBiased(2 + (int) (seed % 5), 2.0, seed);
      int[] truth = dev.truth().clone();
      truth[0] = -1;
      BiasTuner.Result r = new BiasTuner(seed).tune(dev.logits(), truth, VOCAB);
      assertTrue(r.devMacroF1After() >= r.devMacroF1Before(),
          "seed " + seed + ": " + r.devMacroF1Before() + " -> " + r.devMacroF1After());
    }
  }

  @Test
  void balancedUnbiasedProblemNeedsNoBias() {
    Random rnd = new Random(5);
    float[][] z = new float[300][3];
    int[] y = new int[300];
    for (int i = 0; i < z.length; i++) {
      y[i] = i % 3;
      for (int c = 0; c < 3; c++) {
        z[i][c] = (float) ((c == y[i] ? 4 : 0) + 0.3 * rnd.nextGaussian());
      }
    }
    BiasTuner.Result r = new BiasTuner(1).tune(z, y, VOCAB);
    assertArrayEquals(new float[3], r.bias(), 0);
  }

  @Test
  void sameSeedSameBiases() {
    Dev dev = priorBiased(30, 1.5, 9);
    assertArrayEquals(new BiasTuner(4).tune(dev.logits(), dev.truth(), VOCAB).bias(),
        new BiasTuner(4).tune(dev.logits(), dev.truth(), VOCAB).bias(), 0);
  }

  @Test
  void mismatchedRowsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new BiasTuner(0).tune(new float[2][3], new int[3], VOCAB));
    assertEquals("2 dev logit rows but 3 truth entries; pass one of each per dev example",
        e.getMessage());
  }

  private static double[] toDouble(float[] f) {
    double[] d = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      d[i] = f[i];
    }
    return d;
  }
}
