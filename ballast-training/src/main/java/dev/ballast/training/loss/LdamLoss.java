package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;
import java.util.Objects;
import java.util.Optional;

/**
 * Label-distribution-aware margin loss with deferred re-weighting (LDAM-DRW, Cao et al. 2019):
 * cross-entropy on {@code scale * (z - margin * y)} (elementwise), where
 * {@code margin_c = C / n_c^(1/4)} and {@code C} makes the rarest class's margin
 * {@code maxMargin}. With a one-hot target only the true class's logit is lowered; soft targets
 * lower each class by its share. From epoch
 * {@code drwStartEpoch} on, class weights {@code (1 - drwBeta) / (1 - drwBeta^n_c)} apply
 * ({@code drwBeta = 0}: never re-weight).
 *
 * <p>The paper's {@code scale = 30} assumes cosine (normalised) logits; Ballast heads are plain
 * linear layers, whose logits are already unbounded, hence the default of 1.
 */
public record LdamLoss(ClassCounts counts, double maxMargin, double scale, double drwBeta,
    int drwStartEpoch) implements SingleLabelLoss {
  public static final double DEFAULT_MAX_MARGIN = 0.5;
  public static final double DEFAULT_SCALE = 1;
  public static final double DEFAULT_DRW_BETA = 0.9999;

  public LdamLoss {
    Objects.requireNonNull(counts, "counts");
    Checks.positive("LdamLoss", "maxMargin", maxMargin, "the paper uses 0.5");
    Checks.positive("LdamLoss", "scale", scale, "1 for plain linear heads, ~30 for cosine heads");
    Checks.fraction("LdamLoss", "drwBeta", drwBeta, "the paper uses 0.9999; 0 disables DRW");
    if (drwStartEpoch < 1) {
      throw new IllegalArgumentException("LdamLoss: drwStartEpoch is the 1-based epoch at which"
          + " class weights switch on, got " + drwStartEpoch
          + "; the paper switches at 80% of training (160 of 200 epochs)");
    }
  }

  /** {@code double[class]}: the amount subtracted from a class's logit when it is the target. */
  public ClassVector margins() {
    double[] m = new double[counts.size()];
    double largest = 0;
    for (int c = 0; c < m.length; c++) {
      m[c] = Math.pow(counts.seen(c), -0.25);
      largest = Math.max(largest, m[c]);
    }
    for (int c = 0; c < m.length; c++) {
      m[c] *= maxMargin / largest;
    }
    return new ClassVector(m);
  }

  /** The class weights used from {@code drwStartEpoch} on. */
  public ClassVector drwWeights() {
    return ClassWeights.effectiveNumber(counts, drwBeta);
  }

  @Override
  public NDArray compute(NDArray logits, NDArray targets, NDArray sampleWeights, int epoch) {
    Checks.single("LdamLoss", logits, targets, sampleWeights, epoch, counts.size());
    NDArray adjusted = logits.sub(targets.mul(margins().on(logits))).mul((float) scale);
    Optional<ClassVector> weights = epoch >= drwStartEpoch
        ? Optional.of(drwWeights()) : Optional.empty();
    return LossMath.weightedMean(adjusted.logSoftmax(1).neg(),
        LossMath.elementWeights(targets, sampleWeights, weights));
  }
}
