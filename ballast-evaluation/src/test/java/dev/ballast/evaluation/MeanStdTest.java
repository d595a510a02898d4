package dev.ballast.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MeanStdTest {
  @Test
  void sampleStandardDeviation() {
    // values 0.5, 0.6, 0.7: mean 0.6, squared deviations 0.01 + 0 + 0.01 = 0.02, / (3 - 1) -> 0.1
    MeanStd m = MeanStd.of(new double[] {0.5, 0.6, 0.7});
    assertEquals(0.6, m.mean(), 1e-12);
    assertEquals(0.1, m.std(), 1e-12);
    assertEquals("0.600 ± 0.100", m.format());
    assertEquals(0.0, MeanStd.of(new double[] {0.4}).std());
    assertEquals("mean ± std needs at least one run, got none",
        assertThrows(IllegalArgumentException.class, () -> MeanStd.of(new double[0])).getMessage());
  }
}
