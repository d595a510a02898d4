package dev.ballast.paralinguistics;

/**
 * The parabola through a sampled peak and its two neighbours ({@code left}, {@code mid},
 * {@code right} at offsets -1, 0, 1): where its vertex lies and how high it is. Flat triples (no
 * curvature) give offset 0 and the middle value.
 */
final class PeakParabola {
  private PeakParabola() {}

  /** The vertex' offset from the middle sample, in samples. */
  static double offset(double left, double mid, double right) {
    double den = left - 2 * mid + right;
    return den != 0 ? 0.5 * (left - right) / den : 0;
  }

  /** The vertex' height. */
  static double height(double left, double mid, double right) {
    double den = left - 2 * mid + right;
    return den != 0 ? mid - 0.25 * (left - right) * offset(left, mid, right) : mid;
  }
}
