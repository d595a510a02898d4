package dev.ballast.training.decision;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Per-label decision thresholds for a multi-label task, each chosen to maximise that label's F1
 * on dev. Candidates are the dev probabilities themselves (a label is present when
 * {@code p >= threshold}) plus the default 0.5; among equal F1 the candidate closest to 0.5 wins,
 * so a flat optimum does not drift. A label with no dev positive has no F1 to maximise and keeps
 * 0.5; the reason is logged.
 */
public final class ThresholdTuner {
  public static final float DEFAULT_THRESHOLD = 0.5f;

  private final Consumer<String> log;

  public ThresholdTuner(Consumer<String> log) {
    this.log = log;
  }

  /**
   * @param probabilities {@code float[example][label]} calibrated sigmoid probabilities on dev
   * @param truth {@code boolean[example][label]}
   * @param labels label names, for the log
   * @return {@code float[label]} thresholds
   */
  public float[] tune(float[][] probabilities, boolean[][] truth, java.util.List<String> labels) {
    if (probabilities.length != truth.length) {
      throw new IllegalArgumentException(probabilities.length + " dev probability rows but "
          + truth.length + " truth rows; pass one of each per dev example");
    }
    int k = labels.size();
    float[] out = new float[k];
    for (int c = 0; c < k; c++) {
      float[] p = new float[probabilities.length];
      boolean[] y = new boolean[probabilities.length];
      for (int i = 0; i < p.length; i++) {
        p[i] = probabilities[i][c];
        y[i] = truth[i][c];
      }
      out[c] = tuneLabel(p, y, labels.get(c));
    }
    return out;
  }

  private float tuneLabel(float[] p, boolean[] y, String label) {
    int positives = 0;
    for (boolean b : y) {
      positives += b ? 1 : 0;
    }
    if (positives == 0) {
      log.accept("threshold of label " + label + " stays " + DEFAULT_THRESHOLD
          + ": no positive example on dev, F1 is undefined there");
      return DEFAULT_THRESHOLD;
    }
    float[] candidates = Arrays.copyOf(p, p.length + 1);
    candidates[p.length] = DEFAULT_THRESHOLD;
    Arrays.sort(candidates);
    float best = DEFAULT_THRESHOLD;
    double bestF1 = f1(p, y, DEFAULT_THRESHOLD);
    for (float t : candidates) {
      double f = f1(p, y, t);
      if (f > bestF1 + 1e-12 || (f > bestF1 - 1e-12
          && Math.abs(t - DEFAULT_THRESHOLD) < Math.abs(best - DEFAULT_THRESHOLD))) {
        best = t;
        bestF1 = f;
      }
    }
    log.accept(String.format(Locale.ROOT, "threshold of label %s: %.4f (dev F1 %.4f, at 0.5 %.4f)",
        label, best, bestF1, f1(p, y, DEFAULT_THRESHOLD)));
    return best;
  }

  /** Binary F1 of {@code p >= t} against {@code y}: {@code 2 tp / (2 tp + fp + fn)}. */
  static double f1(float[] p, boolean[] y, float t) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < p.length; i++) {
      boolean pred = p[i] >= t;
      tp += pred && y[i] ? 1 : 0;
      fp += pred && !y[i] ? 1 : 0;
      fn += !pred && y[i] ? 1 : 0;
    }
    return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
  }
}
