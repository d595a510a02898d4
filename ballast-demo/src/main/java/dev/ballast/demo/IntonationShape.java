package dev.ballast.demo;

/**
 * Shape of the phrase-level F0 contour over an utterance. {@link #at(double)} gives the contour in
 * units of the phrase's F0 range: multiply by {@code f0RangeSemitones} to get semitones relative
 * to the utterance's F0 level.
 */
public enum IntonationShape {
  /** Near-flat with a gentle undulation. */
  LEVEL,
  /** High start, low end (statement-like). */
  FALLING,
  /** Low start, rise towards the end (question-like). */
  RISING,
  /** Rise to a mid-utterance peak, then fall. */
  RISE_FALL,
  /** Fall to a mid-utterance valley, then rise. */
  FALL_RISE;

  /**
   * Contour value at {@code progress} in [0, 1] (clamped); peak-to-peak 1 for all shapes but
   * {@link #LEVEL}, whose undulation spans 0.3.
   */
  public double at(double progress) {
    double p = Math.max(0, Math.min(1, progress));
    switch (this) {
      case LEVEL:
        return 0.15 * StrictMath.sin(2 * Math.PI * 1.5 * p);
      case FALLING:
        return 0.5 * StrictMath.cos(Math.PI * p);
      case RISING:
        return p * p - 0.5;
      case RISE_FALL:
        return StrictMath.sin(Math.PI * p) - 0.5;
      default:
        return 0.5 - StrictMath.sin(Math.PI * p);
    }
  }
}
