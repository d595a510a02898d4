package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;

/**
 * Soft Dice loss over the batch, one Dice score per class of the vocabulary, macro-averaged so
 * every class counts the same whatever its frequency:
 * {@code D_c = (2 sum_i w_i p_ic y_ic + s) / (sum_i w_i l_i p_ic + sum_i w_i y_ic + s)},
 * loss {@code = 1 - mean_c D_c}, where {@code l_i = sum_c y_ic} is 1 for labelled rows and 0 for
 * unlabelled ones, and {@code s} the smoothing. This set-level value replaces the weighted mean
 * described by {@link SingleLabelLoss}; it lies in [0, 1]. A class absent from the batch scores
 * {@code s / (sum_i w_i l_i p_ic + s)}, so predicting it is penalised.
 */
public record DiceLoss(double smoothing) implements SingleLabelLoss {
  public static final double DEFAULT_SMOOTHING = 1;

  public DiceLoss {
    Checks.positive("DiceLoss", "smoothing", smoothing,
        "it keeps the score of classes absent from a batch defined; 1 is usual");
  }

  @Override
  public NDArray compute(NDArray logits, NDArray targets, NDArray sampleWeights, int epoch) {
    Checks.single("DiceLoss", logits, targets, sampleWeights, epoch, Checks.ANY_CLASS_COUNT);
    return setLoss(logits.softmax(1), targets, sampleWeights, smoothing);
  }

  /** {@code 1 - mean_c D_c} with {@code scores} in place of the probabilities. */
  static NDArray setLoss(NDArray scores, NDArray targets, NDArray sampleWeights,
      double smoothing) {
    NDArray w = sampleWeights.expandDims(1);
    NDArray weightedTargets = targets.mul(w);
    NDArray labelled = weightedTargets.sum(new int[] {1}, true);
    NDArray overlap = scores.mul(weightedTargets).sum(new int[] {0});
    NDArray predicted = scores.mul(labelled).sum(new int[] {0});
    NDArray actual = weightedTargets.sum(new int[] {0});
    NDArray dice = overlap.mul(2f).add((float) smoothing)
        .div(predicted.add(actual).add((float) smoothing));
    return LossMath.oneMinus(dice.mean());
  }
}
