package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;

/**
 * Self-adjusting Dice loss (Li et al. 2020): {@link DiceLoss} with each probability replaced by
 * {@code (1 - p)^alpha p}, which fades out examples the model already gets right so the many easy
 * ones do not dominate. {@code alpha = 0} is {@link DiceLoss}.
 */
public record SelfAdjustingDice(double alpha, double smoothing) implements SingleLabelLoss {
  public static final double DEFAULT_ALPHA = 1;

  public SelfAdjustingDice {
    Checks.nonNegative("SelfAdjustingDice", "alpha", alpha, "0 is plain Dice, 1 is usual");
    Checks.positive("SelfAdjustingDice", "smoothing", smoothing,
        "it keeps the score of classes absent from a batch defined; 1 is usual");
  }

  @Override
  public NDArray compute(NDArray logits, NDArray targets, NDArray sampleWeights, int epoch) {
    Checks.single("SelfAdjustingDice", logits, targets, sampleWeights, epoch,
        Checks.ANY_CLASS_COUNT);
    NDArray p = logits.softmax(1);
    NDArray scores = alpha == 0 ? p : LossMath.focus(LossMath.oneMinus(p), alpha).mul(p);
    return DiceLoss.setLoss(scores, targets, sampleWeights, smoothing);
  }
}
