package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;
import java.util.Objects;
import java.util.Optional;

/**
 * Class-balanced focal loss (Cui et al. 2019): focal loss whose class weights are the inverse
 * effective numbers of samples, {@code (1 - beta) / (1 - beta^n_c)}, scaled to mean 1
 * ({@link ClassWeights#effectiveNumber}). {@code beta = 0} is unweighted focal loss.
 */
public record ClassBalancedFocal(ClassCounts counts, double beta, double gamma)
    implements SingleLabelLoss {
  public static final double DEFAULT_BETA = 0.999;

  public ClassBalancedFocal {
    Objects.requireNonNull(counts, "counts");
    Checks.fraction("ClassBalancedFocal", "beta", beta, "typical values are 0.9 to 0.9999");
    Checks.nonNegative("ClassBalancedFocal", "gamma", gamma, "0 is class-balanced CE");
  }

  /** The class weights in use, {@code double[class]}. */
  public ClassVector classWeights() {
    return ClassWeights.effectiveNumber(counts, beta);
  }

  @Override
  public NDArray compute(NDArray logits, NDArray targets, NDArray sampleWeights, int epoch) {
    Checks.single("ClassBalancedFocal", logits, targets, sampleWeights, epoch, counts.size());
    return new FocalLoss(gamma, Optional.of(classWeights()))
        .compute(logits, targets, sampleWeights, epoch);
  }
}
