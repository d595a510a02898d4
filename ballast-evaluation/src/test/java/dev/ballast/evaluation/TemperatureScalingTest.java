package dev.ballast.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TemperatureScalingTest {
  private static final int N = 1000;

  /**
   * 3 classes, truth i mod 3; the logit of the picked class is {@code margin}, the others 0; the
   * pick is right for 7 of every 10 examples. At temperature T the picked class gets
   * e^a / (e^a + 2) with a = margin / T, and the mean NLL -0.7 a + ln(e^a + 2) is least where
   * e^a / (e^a + 2) = 0.7, i.e. e^a = 14/3: T = margin / ln(14/3).
   */
  private static float[][] logits(float margin, int[] labels) {
    float[][] z = new float[N][3];
    for (int i = 0; i < N; i++) {
      labels[i] = i % 3;
      int picked = i % 10 < 7 ? labels[i] : (labels[i] + 1) % 3;
      z[i][picked] = margin;
    }
    return z;
  }

  private static double ece(float[][] probabilities, int[] labels) {
    return CalibrationScores.singleLabel(labels, ProbabilityFixtures.widened(probabilities),
        new ZeroDivisionGuard("t", ZeroDivision.ZERO)).expectedCalibrationError().getAsDouble();
  }

  @Test
  void overconfidentLogitsGetTheAnalyticTemperatureAboveOne() {
    int[] labels = new int[N];
    float[][] z = logits(5f, labels);
    TemperatureScaling ts = TemperatureScaling.fit(z, labels);
    assertEquals(5 / Math.log(14.0 / 3), ts.temperature(), 1e-6); // 3.2458...
    assertTrue(ts.temperature() > 1);
    double before = TemperatureScaling.softmaxNll(z, labels, 1);
    double after = TemperatureScaling.softmaxNll(z, labels, ts.temperature());
    assertTrue(after < before, after + " < " + before);
    // before: confidence e^5/(e^5 + 2) = 0.98670 for 70 % accuracy; after: 0.7 for 70 %
    assertEquals(Math.exp(5) / (Math.exp(5) + 2) - 0.7, ece(new TemperatureScaling(1).softmax(z),
        labels), 1e-6);
    assertEquals(0.0, ece(ts.softmax(z), labels), 1e-6);
  }

  @Test
  void underconfidentLogitsGetATemperatureBelowOne() {
    int[] labels = new int[N];
    float[][] z = logits(0.5f, labels);
    TemperatureScaling ts = TemperatureScaling.fit(z, labels);
    assertEquals(0.5 / Math.log(14.0 / 3), ts.temperature(), 1e-6);
    assertTrue(ts.temperature() < 1);
  }

  @Test
  void unlabelledExamplesAreSkipped() {
    int[] labels = new int[N];
    float[][] z = logits(5f, labels);
    float[][] more = Arrays.copyOf(z, N + 1);
    more[N] = new float[] {50f, 0f, 0f};
    int[] moreLabels = Arrays.copyOf(labels, N + 1);
    moreLabels[N] = -1;
    assertEquals(TemperatureScaling.fit(z, labels), TemperatureScaling.fit(more, moreLabels));
  }

  @Test
  void multiLabelSigmoidTemperature() {
    // cell logit +-4 towards the truth in 80 % of rows and away from it otherwise:
    // NLL is least where sigmoid(4 / T) = 0.8, so T = 4 / ln 4
    boolean[][] labels = new boolean[N][2];
    float[][] z = new float[N][2];
    for (int i = 0; i < N; i++) {
      for (int c = 0; c < 2; c++) {
        labels[i][c] = (i + c) % 2 == 0;
        boolean towards = i % 5 != 0;
        z[i][c] = labels[i][c] == towards ? 4f : -4f;
      }
    }
    TemperatureScaling ts = TemperatureScaling.fitMultiLabel(z, labels);
    assertEquals(4 / Math.log(4), ts.temperature(), 1e-6);
    assertTrue(TemperatureScaling.sigmoidNll(z, labels, ts.temperature())
        < TemperatureScaling.sigmoidNll(z, labels, 1));
    assertEquals(0.8f, ts.sigmoid(new float[][] {{4f}})[0][0], 1e-6f);
  }

  @Test
  void applyingDividesLogitsAndKeepsTheRanking() {
    TemperatureScaling ts = new TemperatureScaling(2);
    float[][] z = {{2f, 0f, -2f}};
    assertArrayEquals(new float[] {1f, 0f, -1f}, ts.scale(z)[0]);
    float[] p = ts.softmax(z)[0];
    // softmax(1, 0, -1) = (e, 1, 1/e) / (e + 1 + 1/e)
    double sum = Math.E + 1 + 1 / Math.E;
    assertArrayEquals(new float[] {(float) (Math.E / sum), (float) (1 / sum),
        (float) (1 / Math.E / sum)}, p, 1e-7f);
    assertEquals(0.5f, ts.sigmoid(new float[][] {{0f}})[0][0]);
  }

  @Test
  void nonPositiveTemperatureIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TemperatureScaling(0));
    assertEquals("temperature must be finite and > 0, got 0.0; 1 leaves logits unchanged",
        e.getMessage());
  }

  @Test
  void badInputsAreRejectedWithTheFix() {
    assertEquals("logits need one row per label entry, got 1 rows for 2 labels; pass dev logits"
        + " and labels of the same examples", message(() -> TemperatureScaling.fit(
            new float[][] {{1f, 0f}}, new int[] {0, 1})));
    assertEquals("logits[1] has 1 entries but logits[0] has 2; pass one non-empty row of the same"
        + " width per example", message(() -> TemperatureScaling.fit(
            new float[][] {{1f, 0f}, {1f}}, new int[] {0, 1})));
    assertEquals("logits[0][1] = NaN is not finite; pass raw model outputs before softmax or"
        + " sigmoid", message(() -> TemperatureScaling.fit(new float[][] {{1f, Float.NaN}},
            new int[] {0})));
    assertEquals("labels[0] = 2 is not a class index; use 0..1, or -1 for an unlabelled example",
        message(() -> TemperatureScaling.fit(new float[][] {{1f, 0f}}, new int[] {2})));
    assertEquals("fitting a temperature needs labelled examples, got none; pass dev-set labels",
        message(() -> TemperatureScaling.fit(new float[][] {{1f, 0f}}, new int[] {-1})));
    assertEquals("labels[0] needs 2 entries, one per logit; pass one boolean per label",
        message(() -> TemperatureScaling.fitMultiLabel(new float[][] {{1f, 0f}},
            new boolean[][] {{true}})));
  }

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }
}
