package dev.ballast.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed-point text as Python's {@code format(x, '.2f')}: the exact binary value, half-even. */
final class Decimals {
  private Decimals() {}

  static String fixed(double x, int digits) {
    if (!Double.isFinite(x)) {
      return String.valueOf(x);
    }
    return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
  }
}
