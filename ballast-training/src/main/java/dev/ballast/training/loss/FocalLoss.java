package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;
import java.util.Objects;
import java.util.Optional;

/**
 * Focal loss (Lin et al. 2017) on a softmax: {@code l_ic = -(1 - p_ic)^gamma log p_ic}, so
 * well-classified examples count less; optional per-class {@code alpha} weights enter as class
 * weights of {@link SingleLabelLoss}. {@code gamma = 0} is (weighted) cross-entropy.
 */
public record FocalLoss(double gamma, Optional<ClassVector> alpha) implements SingleLabelLoss {
  public static final double DEFAULT_GAMMA = 2;

  public FocalLoss {
    Checks.nonNegative("FocalLoss", "gamma", gamma, "0 is cross-entropy, 2 is the usual choice");
    Objects.requireNonNull(alpha, "alpha");
    alpha.ifPresent(a -> Checks.weights("FocalLoss", "alpha", a));
  }

  public static FocalLoss of(double gamma) {
    return new FocalLoss(gamma, Optional.empty());
  }

  @Override
  public NDArray compute(NDArray logits, NDArray targets, NDArray sampleWeights, int epoch) {
    Checks.single("FocalLoss", logits, targets, sampleWeights, epoch,
        alpha.map(ClassVector::size).orElse(Checks.ANY_CLASS_COUNT));
    NDArray logP = logits.logSoftmax(1);
    NDArray loss = logP.neg();
    if (gamma != 0) {
      loss = loss.mul(LossMath.focus(LossMath.oneMinus(logP.exp()), gamma));
    }
    return LossMath.weightedMean(loss, LossMath.elementWeights(targets, sampleWeights, alpha));
  }
}
