package dev.ballast.training.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassWeightsTest {
  @Test
  void inverseFrequencyHasMeanOne() {
    assertArrayEquals(new double[] {2, 2 / 3.0, 1 / 3.0},
        ClassWeights.inverseFrequency(ClassCounts.of(10, 30, 60)).values(), 1e-12);
  }

  @Test
  void inverseSqrtHasMeanOne() {
    double s = 3 / 1.75;
    assertArrayEquals(new double[] {s, s / 2, s / 4},
        ClassWeights.inverseSqrt(ClassCounts.of(1, 4, 16)).values(), 1e-12);
  }

  @Test
  void effectiveNumberFollowsCuiEtAl() {
    double w0 = (1 - 0.9) / (1 - 0.9);
    double w1 = (1 - 0.9) / (1 - 0.81);
    double s = 2 / (w0 + w1);
    assertArrayEquals(new double[] {w0 * s, w1 * s},
        ClassWeights.effectiveNumber(ClassCounts.of(1, 2), 0.9).values(), 1e-12);
  }

  @Test
  void effectiveNumberSpansUniformToInverseFrequency() {
    ClassCounts counts = ClassCounts.of(5, 50, 500);
    assertArrayEquals(new double[] {1, 1, 1},
        ClassWeights.effectiveNumber(counts, 0).values(), 1e-12);
    assertArrayEquals(ClassWeights.inverseFrequency(counts).values(),
        ClassWeights.effectiveNumber(counts, 1 - 1e-9).values(), 1e-5);
  }

  @Test
  void aClassWithoutExamplesCountsAsTheRarestSeen() {
    assertArrayEquals(ClassWeights.inverseFrequency(ClassCounts.of(10, 10, 100)).values(),
        ClassWeights.inverseFrequency(ClassCounts.of(0, 10, 100)).values(), 1e-12);
    assertArrayEquals(new double[] {10 / 120.0, 10 / 120.0, 100 / 120.0},
        ClassCounts.of(0, 10, 100).prior().values(), 1e-12);
  }

  @Test
  void rejectsBadCountsAndBeta() {
    assertEquals("class counts must be >= 0, got -1 for class 1; pass the number of training"
        + " examples of each class", assertThrows(IllegalArgumentException.class,
            () -> ClassCounts.of(3, -1)).getMessage());
    assertEquals("class counts are all 0 [0, 0]; build the loss from the training fold's"
        + " counts", assertThrows(IllegalArgumentException.class,
            () -> ClassCounts.of(0, 0)).getMessage());
    assertEquals("effective-number beta must be in [0, 1), got 1.0; typical values are 0.9,"
        + " 0.99, 0.999, 0.9999", assertThrows(IllegalArgumentException.class,
            () -> ClassWeights.effectiveNumber(ClassCounts.of(1, 2), 1)).getMessage());
  }

  @Test
  void countsAndVectorsAreImmutableValues() {
    long[] raw = {1, 2};
    ClassCounts counts = new ClassCounts(raw);
    raw[0] = 99;
    counts.counts()[1] = 99;
    assertEquals(ClassCounts.of(1, 2), counts);
    assertEquals("[1, 2]", counts.toString());
    assertEquals(ClassVector.of(0.5, 1), ClassVector.of(0.5, 1));
    assertEquals(ClassVector.filled(2, 1), ClassVector.of(1, 1));
  }
}
