package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;

/**
 * A loss for a sigmoid head with independent labels. The value is the masked mean of
 * per-element losses, {@code sum_ic m_ic l_ic / sum_ic m_ic}; an all-zero mask gives 0.
 */
public interface MultiLabelLoss {
  /**
   * The scalar loss of one batch, differentiable with respect to {@code logits}.
   *
   * @param logits {@code float[batch][labels]}, raw head outputs
   * @param targets {@code float[batch][labels]}, 1 present, 0 absent, or a soft value in [0, 1]
   * @param mask {@code float[batch][labels]}, 1 where the label is known, 0 where it is not
   *     (non-negative element weights are also accepted)
   * @param epoch 1-based training epoch
   * @throws IllegalArgumentException when shapes disagree, the label count differs from the one
   *     the loss was built for, or {@code epoch < 1}. Values are not read back from the device.
   */
  NDArray compute(NDArray logits, NDArray targets, NDArray mask, int epoch);
}
