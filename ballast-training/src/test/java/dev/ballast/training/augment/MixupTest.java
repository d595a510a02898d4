package dev.ballast.training.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MixupTest {
  private static final int[] CLASSES = {0, 0, 1, 1, 2, -1};

  @Test
  void withinClassPartnersShareTheClassAndLonersPairWithThemselves() {
    Mixup m = new Mixup(Mixup.Pairing.WITHIN_CLASS, 0.4);
    SplittableRandom r = new SplittableRandom(1);
    for (int rep = 0; rep < 50; rep++) {
      int[] p = m.partners(CLASSES, r);
      assertEquals(1, p[0]);
      assertEquals(0, p[1]);
      assertEquals(3, p[2]);
      assertEquals(4, p[4], "the only example of class 2 mixes with itself");
      assertEquals(5, p[5], "an unlabelled example has no class to share");
    }
  }

  @Test
  void acrossClassPartnersHaveAnotherClass() {
    Mixup m = new Mixup(Mixup.Pairing.ACROSS_CLASS, 0.4);
    SplittableRandom r = new SplittableRandom(2);
    for (int rep = 0; rep < 50; rep++) {
      int[] p = m.partners(CLASSES, r);
      for (int i = 0; i < 5; i++) {
        assertTrue(CLASSES[p[i]] >= 0 && CLASSES[p[i]] != CLASSES[i], "position " + i);
      }
    }
  }

  @Test
  void lambdaFollowsASymmetricBeta() {
    Mixup m = new Mixup(Mixup.Pairing.RANDOM, 0.4);
    SplittableRandom r = new SplittableRandom(3);
    double sum = 0;
    double sq = 0;
    int n = 20000;
    for (int i = 0; i < n; i++) {
      double l = m.lambda(r);
      assertTrue(l >= 0 && l <= 1);
      sum += l;
      sq += l * l;
    }
    double mean = sum / n;
    double var = sq / n - mean * mean;
    // Beta(a, a): mean 1/2, variance 1 / (4 (2a + 1)) = 0.1389 for a = 0.4
    assertEquals(0.5, mean, 0.01);
    assertEquals(1 / (4 * (2 * 0.4 + 1)), var, 0.01);
    assertNotEquals(m.lambda(new SplittableRandom(4)), m.lambda(new SplittableRandom(5)));
  }

  @Test
  void alphaMustBePositive() {
    assertEquals("mixup alpha must be positive and finite, got 0.0; 0.2-0.4 is usual",
        assertThrows(IllegalArgumentException.class,
            () -> new Mixup(Mixup.Pairing.RANDOM, 0)).getMessage());
  }
}
