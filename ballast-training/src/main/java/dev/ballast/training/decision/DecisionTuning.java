package dev.ballast.training.decision;

/**
 * The decision-stage levers a recipe switches on; each composes with the others and with the
 * recipe's post-hoc logit adjustment. {@link #OFF} leaves training and decisions as they were.
 *
 * @param tuneThresholds per-label thresholds of multi-label tasks tuned on dev for each label's F1
 * @param tuneBias per-class additive logit biases of single-label tasks tuned on dev for macro-F1
 * @param tauNorm exponent of classifier-weight normalisation {@code w_c / ||w_c||^tau} on
 *     single-label heads after training (Kang et al. 2020); 0 = off
 * @param crtEpochs epochs of classifier re-training (cRT) of single-label heads on the frozen
 *     trunk with class-balanced sampling; 0 = off
 */
public record DecisionTuning(boolean tuneThresholds, boolean tuneBias, double tauNorm,
    int crtEpochs) {

  /** Nothing tuned, nothing re-trained. */
  public static final DecisionTuning OFF = new DecisionTuning(false, false, 0, 0);

  /** Largest accepted {@code tauNorm}; beyond 2 the rows' norms are over-corrected. */
  public static final double MAX_TAU_NORM = 2;

  public DecisionTuning {
    if (!(tauNorm >= 0 && tauNorm <= MAX_TAU_NORM)) {
      throw new IllegalArgumentException("tauNorm must be in [0, " + MAX_TAU_NORM + "] (0 = off), got "
          + tauNorm);
    }
    if (crtEpochs < 0) {
      throw new IllegalArgumentException("crtEpochs must be >= 0 (0 = off), got " + crtEpochs);
    }
  }

  /** True when any lever changes the trained network (cRT or tau-normalisation). */
  public boolean changesNetwork() {
    return tauNorm > 0 || crtEpochs > 0;
  }

  public DecisionTuning withThresholds() {
    return new DecisionTuning(true, tuneBias, tauNorm, crtEpochs);
  }

  public DecisionTuning withBias() {
    return new DecisionTuning(tuneThresholds, true, tauNorm, crtEpochs);
  }

  public DecisionTuning withTauNorm(double tau) {
    return new DecisionTuning(tuneThresholds, tuneBias, tau, crtEpochs);
  }

  public DecisionTuning withCrtEpochs(int epochs) {
    return new DecisionTuning(tuneThresholds, tuneBias, tauNorm, epochs);
  }
}
