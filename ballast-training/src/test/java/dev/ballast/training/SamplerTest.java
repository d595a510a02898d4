package dev.ballast.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.data.Target;
import org.junit.jupiter.api.Test;

/** Class shares per epoch of each sampler, on 800 / 150 / 50 examples of the main task. */
class SamplerTest {
  static final TrainingSet DATA = MultiTaskTrainerTest.blobs(new int[] {800, 150, 50}, 5);

  static double[] shares(BatchSampler sampler, int fromEpoch, int toEpoch) {
    long[] counts = new long[3];
    for (int epoch = fromEpoch; epoch <= toEpoch; epoch++) {
      for (int[] batch : sampler.epoch(epoch)) {
        for (int i : batch) {
          counts[((Target.Single) DATA.targets()[i][0]).classIndex()]++;
        }
      }
    }
    double total = counts[0] + counts[1] + counts[2];
    return new double[] {counts[0] / total, counts[1] / total, counts[2] / total};
  }

  @Test
  void squareRootSharesFollowTheRootOfTheCounts() {
    double[] s = shares(BatchSampler.create(SamplerKind.SQUARE_ROOT, DATA, 50, 1, 0, 10), 1, 30);
    // n_c * n_c^-1/2 = sqrt(n_c): 28.28, 12.25, 7.07 of 47.60
    assertEquals(28.28 / 47.60, s[0], 0.02);
    assertEquals(12.25 / 47.60, s[1], 0.02);
    assertEquals(7.07 / 47.60, s[2], 0.02);
  }

  @Test
  void progressiveMovesFromInstanceToBalanced() {
    BatchSampler p = BatchSampler.create(SamplerKind.PROGRESSIVE, DATA, 50, 1, 0, 20);
    double[] early = shares(p, 1, 1);
    double[] late = shares(p, 21, 40);
    assertEquals(0.8, early[0], 0.05, "epoch 1 samples like instance sampling");
    assertEquals(1 / 3.0, late[2], 0.03, "after the ramp every class is equally likely");
  }

  @Test
  void rarestLabelUpweightsExamplesOfRareClasses() {
    double[] s = shares(BatchSampler.create(SamplerKind.RAREST_LABEL, DATA, 50, 1, -1, 10), 1, 30);
    assertTrue(s[2] > 0.15, "rare class share " + s[2] + " vs 0.05 in the data");
    assertTrue(s[0] < 0.6, "majority share " + s[0] + " vs 0.8 in the data");
  }

  @Test
  void sameSeedSameBatches() {
    BatchSampler a = BatchSampler.create(SamplerKind.PROGRESSIVE, DATA, 50, 9, 0, 20);
    BatchSampler b = BatchSampler.create(SamplerKind.PROGRESSIVE, DATA, 50, 9, 0, 20);
    assertEquals(java.util.Arrays.deepToString(a.epoch(7)), java.util.Arrays.deepToString(b.epoch(7)));
  }
}
