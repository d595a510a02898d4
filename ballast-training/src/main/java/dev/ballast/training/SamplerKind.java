package dev.ballast.training;

/** How training batches are drawn each epoch. */
public enum SamplerKind {
  /** Every example once per epoch, shuffled. */
  INSTANCE,
  /**
   * With replacement, each example drawn with probability proportional to the inverse count of the
   * rarest single-label class it carries, so every class appears equally often in expectation.
   */
  CLASS_BALANCED
}
