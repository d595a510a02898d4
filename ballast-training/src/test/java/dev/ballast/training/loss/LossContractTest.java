package dev.ballast.training.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered loss through the same checks. */
class LossContractTest extends NdTestBase {
  static final long[] COUNTS = {50, 8, 2};
  static final int B = 6;
  static final int K = 3;

  static Iterable<String> singleNames() {
    return Losses.singleNames();
  }

  static Iterable<String> multiNames() {
    return Losses.multiNames();
  }

  static SingleLabelLoss single(String name) {
    return Losses.single(name, name.equals("ldam-drw") ? Map.of("drw-epoch", "2") : Map.of(),
        COUNTS);
  }

  static double[][] logits(int rows, long seed) {
    Random r = new Random(seed);
    double[][] z = new double[rows][K];
    for (double[] row : z) {
      for (int c = 0; c < K; c++) {
        row[c] = 2 * r.nextGaussian();
      }
    }
    return z;
  }

  /** Six labelled rows (one soft), then two unlabelled rows with wild logits. */
  static double[][] singleTargets() {
    return new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}, {0.5, 0.5, 0},
        {0, 0, 1}, {0, 0, 0}, {0, 0, 0}};
  }

  static double[][] multiTargets() {
    return new double[][] {{1, 0, 1}, {0, 1, 0}, {0, 0, 1}, {1, 1, 0}, {0.5, 0, 1}, {0, 0, 0},
        {1, 1, 1}, {0, 0, 0}};
  }

  static double[][] mask(int labelledRows) {
    double[][] m = new double[labelledRows + 2][K];
    for (int i = 0; i < labelledRows; i++) {
      Arrays.fill(m[i], 1);
    }
    return m;
  }

  static double[][] withWildRows(double[][] z) {
    double[][] out = Arrays.copyOf(z, z.length + 2);
    out[z.length] = new double[] {40, -40, 3};
    out[z.length + 1] = new double[] {-7, 0, 25};
    return out;
  }

  @ParameterizedTest
  @MethodSource("singleNames")
  void singleLabel(String name) {
    SingleLabelLoss loss = single(name);
    double[][] z = withWildRows(logits(B, 7));
    double[][] y = singleTargets();
    double[] w = {1, 1, 1, 1, 1, 1, 0, 0};
    for (int epoch : new int[] {1, 3}) {
      float full = loss.compute(array(z), array(y), vector(w), epoch).getFloat();
      float labelledOnly = loss.compute(array(Arrays.copyOf(z, B)), array(Arrays.copyOf(y, B)),
          ones(B), epoch).getFloat();
      assertTrue(Float.isFinite(full) && full >= 0, name + ": " + full);
      assertEquals(labelledOnly, full, 1e-5, name + ": unlabelled rows must not count");
      int[] order = {5, 3, 1, 0, 2, 4, 7, 6};
      float permuted = loss.compute(array(pick(z, order)), array(pick(y, order)),
          vector(pick(w, order)), epoch).getFloat();
      assertEquals(full, permuted, 1e-5, name + ": the order of the batch must not matter");
    }
    float[] g = gradient(array(z), l -> loss.compute(l, array(y), vector(w), 3));
    assertGradient(name, g);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> loss.compute(array(z),
        array(Arrays.copyOf(y, B)), vector(w), 1)).getMessage().contains("targets"), name);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> loss.compute(array(z),
        array(y), vector(w), 0)).getMessage().contains("epoch"), name);
  }

  @ParameterizedTest
  @MethodSource("multiNames")
  void multiLabel(String name) {
    MultiLabelLoss loss = Losses.multi(name, Map.of(), new long[] {20, 5, 1}, 40);
    double[][] z = withWildRows(logits(B, 11));
    double[][] y = multiTargets();
    double[][] m = mask(B);
    float full = loss.compute(array(z), array(y), array(m), 1).getFloat();
    float labelledOnly = loss.compute(array(Arrays.copyOf(z, B)), array(Arrays.copyOf(y, B)),
        array(Arrays.copyOf(m, B)), 1).getFloat();
    assertTrue(Float.isFinite(full) && full >= 0, name + ": " + full);
    assertEquals(labelledOnly, full, 1e-5, name + ": masked elements must not count");
    float[] g = gradient(array(z), l -> loss.compute(l, array(y), array(m), 1));
    assertGradient(name, g);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> loss.compute(array(z),
        array(y), array(Arrays.copyOf(m, B)), 1)).getMessage().contains("mask"), name);
  }

  /** Finite everywhere, non-zero on the labelled rows, zero on the two unlabelled rows. */
  static void assertGradient(String name, float[] g) {
    for (float v : g) {
      assertTrue(Float.isFinite(v), name + ": " + Arrays.toString(g));
    }
    assertTrue(Arrays.stream(box(Arrays.copyOf(g, B * K))).anyMatch(v -> v != 0), name);
    assertArrayEquals(new float[2 * K], Arrays.copyOfRange(g, B * K, (B + 2) * K), name);
  }

  static Float[] box(float[] g) {
    Float[] out = new Float[g.length];
    for (int i = 0; i < g.length; i++) {
      out[i] = g[i];
    }
    return out;
  }

  static double[][] pick(double[][] rows, int[] order) {
    double[][] out = new double[order.length][];
    for (int i = 0; i < order.length; i++) {
      out[i] = rows[order[i]];
    }
    return out;
  }

  static double[] pick(double[] values, int[] order) {
    double[] out = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = values[order[i]];
    }
    return out;
  }
}
