package dev.ballast.evaluation;

import java.util.function.DoubleUnaryOperator;

/** Golden-section search for the minimum of a unimodal function on an interval. */
final class GoldenSectionSearch {
  private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

  private GoldenSectionSearch() {}

  /** The x in [lo, hi] minimising {@code f}, to within {@code tolerance}; f must be unimodal. */
  static double argmin(DoubleUnaryOperator f, double lo, double hi, double tolerance) {
    double a = lo;
    double b = hi;
    double x1 = b - GOLDEN * (b - a);
    double x2 = a + GOLDEN * (b - a);
    double f1 = f.applyAsDouble(x1);
    double f2 = f.applyAsDouble(x2);
    while (b - a > tolerance) {
      if (f1 <= f2) { // the minimum lies in [a, x2]
        b = x2;
        x2 = x1;
        f2 = f1;
        x1 = b - GOLDEN * (b - a);
        f1 = f.applyAsDouble(x1);
      } else { // the minimum lies in [x1, b]
        a = x1;
        x1 = x2;
        f1 = f2;
        x2 = a + GOLDEN * (b - a);
        f2 = f.applyAsDouble(x2);
      }
    }
    return (a + b) / 2;
  }
}
