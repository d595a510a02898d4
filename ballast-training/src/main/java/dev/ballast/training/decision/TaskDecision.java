package dev.ballast.training.decision;

import java.util.Arrays;

/**
 * What the decision stage tuned on dev for one task, on top of the prior-based logit adjustment.
 *
 * @param bias {@code float[class]} added to the (adjusted) logits; all zeros for none
 * @param thresholds {@code float[label]} sigmoid thresholds of a multi-label task (0.5 = default);
 *     empty for single-label tasks
 */
public record TaskDecision(float[] bias, float[] thresholds) {
  public TaskDecision {
    bias = bias.clone();
    thresholds = thresholds.clone();
  }

  /** No bias, thresholds 0.5: the decision stage as it was before tuning. */
  public static TaskDecision untuned(int classes, boolean multiLabel) {
    float[] t = new float[multiLabel ? classes : 0];
    Arrays.fill(t, ThresholdTuner.DEFAULT_THRESHOLD);
    return new TaskDecision(new float[classes], t);
  }

  public TaskDecision withBias(float[] b) {
    return new TaskDecision(b, thresholds);
  }

  public TaskDecision withThresholds(float[] t) {
    return new TaskDecision(bias, t);
  }
}
