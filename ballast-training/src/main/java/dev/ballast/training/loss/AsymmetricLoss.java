package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * Asymmetric loss (Ridnik et al. 2021) per label, focusing negatives harder than positives and
 * discarding very easy negatives: {@code l = -(y (1 - p)^gammaPositive log p + (1 - y)
 * p_m^gammaNegative log(1 - p_m))}, {@code p = sigma(z)}, {@code p_m = max(p - clip, 0)}.
 * Both gammas 0 and {@code clip = 0} is BCE.
 */
public record AsymmetricLoss(double gammaPositive, double gammaNegative, double clip)
    implements MultiLabelLoss {
  public static final double DEFAULT_GAMMA_POSITIVE = 0;
  public static final double DEFAULT_GAMMA_NEGATIVE = 4;
  public static final double DEFAULT_CLIP = 0.05;

  public AsymmetricLoss {
    Checks.nonNegative("AsymmetricLoss", "gammaPositive", gammaPositive, "the paper uses 0");
    Checks.nonNegative("AsymmetricLoss", "gammaNegative", gammaNegative, "the paper uses 4");
    Checks.fraction("AsymmetricLoss", "clip", clip,
        "the probability margin shifted off negatives; the paper uses 0.05");
  }

  @Override
  public NDArray compute(NDArray logits, NDArray targets, NDArray mask, int epoch) {
    Checks.multi("AsymmetricLoss", logits, targets, mask, epoch, Checks.ANY_CLASS_COUNT);
    NDArray p = Activation.sigmoid(logits);
    NDArray positive = targets.mul(LossMath.logSigmoid(logits));
    if (gammaPositive != 0) {
      positive = positive.mul(LossMath.focus(LossMath.oneMinus(p), gammaPositive));
    }
    NDArray shifted;
    NDArray logNotShifted;
    if (clip == 0) {
      shifted = p;
      logNotShifted = LossMath.logOneMinusSigmoid(logits);
    } else {
      shifted = p.sub((float) clip).maximum(0f);
      // 1 - p_m = min(1 - p + clip, 1) >= clip > 0, so the log is finite.
      logNotShifted = LossMath.oneMinus(p).add((float) clip).minimum(1f).log();
    }
    NDArray negative = LossMath.oneMinus(targets).mul(logNotShifted);
    if (gammaNegative != 0) {
      negative = negative.mul(LossMath.focus(shifted, gammaNegative));
    }
    return LossMath.weightedMean(positive.add(negative).neg(), mask);
  }
}
