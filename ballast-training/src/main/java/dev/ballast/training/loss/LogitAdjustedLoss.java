package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;
import java.util.Objects;
import java.util.Optional;

/**
 * Logit-adjusted cross-entropy (Menon et al. 2021): cross-entropy on
 * {@code z + tau * log prior} during training, so frequent classes must win by a larger margin.
 * Prediction uses the raw logits, which then approximate balanced (prior-free) scores. A uniform
 * prior or {@code tau = 0} is plain cross-entropy.
 */
public record LogitAdjustedLoss(ClassCounts counts, double tau) implements SingleLabelLoss {
  public static final double DEFAULT_TAU = 1;

  public LogitAdjustedLoss {
    Objects.requireNonNull(counts, "counts");
    Checks.nonNegative("LogitAdjustedLoss", "tau", tau, "1 is the paper's choice, 0 is plain CE");
  }

  /** {@code double[class]}: what is added to the logits during training. */
  public ClassVector offsets() {
    double[] prior = counts.prior().values();
    for (int c = 0; c < prior.length; c++) {
      prior[c] = tau * Math.log(prior[c]);
    }
    return new ClassVector(prior);
  }

  @Override
  public NDArray compute(NDArray logits, NDArray targets, NDArray sampleWeights, int epoch) {
    Checks.single("LogitAdjustedLoss", logits, targets, sampleWeights, epoch, counts.size());
    NDArray adjusted = logits.add(offsets().on(logits));
    return LossMath.weightedMean(adjusted.logSoftmax(1).neg(),
        LossMath.elementWeights(targets, sampleWeights, Optional.empty()));
  }
}
