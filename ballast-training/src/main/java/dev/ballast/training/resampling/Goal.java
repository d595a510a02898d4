package dev.ballast.training.resampling;

/** What a resampler does to the classes its sampling strategy selects. */
enum Goal {
  /** Grow selected classes (to the majority count, or to given counts). */
  OVER,
  /** Shrink selected classes (to the minority count, or to given counts). */
  UNDER,
  /** Remove examples of the selected classes by a neighbourhood rule (Classes selections only). */
  CLEAN,
  /** No sampling strategy: the resampler has its own rule. */
  OWN
}
