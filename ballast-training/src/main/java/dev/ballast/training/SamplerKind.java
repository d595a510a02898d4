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
  CLASS_BALANCED
}
