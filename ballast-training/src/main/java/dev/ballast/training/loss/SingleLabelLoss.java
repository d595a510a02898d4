package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;

/**
 * A loss for a softmax head. Unless an implementation says otherwise (the set-level Dice losses
 * do), the value is the weighted mean of per-element losses:
 * {@code sum_ic w_i a_c y_ic l_ic / sum_ic w_i a_c y_ic}, where {@code l_ic} is the loss of
 * predicting class {@code c} for example {@code i} and {@code a_c} an optional class weight
 * (1 when absent). For one-hot targets and {@code w = 1} this is PyTorch's weighted
 * cross-entropy with "mean" reduction; a batch with no labelled weight gives 0.
 */
public interface SingleLabelLoss {
  /**
   * The scalar loss of one batch, differentiable with respect to {@code logits}.
   *
   * @param logits {@code float[batch][classes]}, raw head outputs
   * @param targets {@code float[batch][classes]}, one-hot or soft (each row sums to 1); a row of
   *     zeros marks an example not labelled for this task
   * @param sampleWeights {@code float[batch]}, non-negative; 0 for unlabelled examples
   * @param epoch 1-based training epoch (losses with a schedule, such as deferred re-weighting,
   *     read it; the others ignore it)
   * @throws IllegalArgumentException when shapes disagree, the class count differs from the one
   *     the loss was built for, or {@code epoch < 1}. Values are not read back from the device.
   */
  NDArray compute(NDArray logits, NDArray targets, NDArray sampleWeights, int epoch);
}
