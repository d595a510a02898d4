package dev.ballast.training;

/** How training batches are drawn each epoch. */
public enum SamplerKind {
  /** Every example once per epoch, shuffled. */
  INSTANCE,
  /**
   * With replacement, each example drawn with probability proportional to the inverse count of its
   * class in the single-label task with the most classes, so every class of that task appears
   * equally often in expectation.
   */
  CLASS_BALANCED,
  /** With replacement, probability proportional to {@code n_c^-1/2}: half-way to balanced. */
  SQUARE_ROOT,
  /** From instance sampling in epoch 1 to class-balanced over the epoch budget (Kang et al.). */
  PROGRESSIVE,
  /** Multi-task: each example weighted by the rarest label it carries over single-label tasks. */
  RAREST_LABEL
}
