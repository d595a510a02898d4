package dev.ballast.evaluation;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The ICBHI 2017 challenge score read off multi-label sets, where a row with no true label is a
 * normal cycle and any other row an abnormal one (crackle, wheeze or both).
 *
 * <ul>
 *   <li>{@code sensitivity}: abnormal rows whose predicted set equals the true set, over abnormal
 *       rows (a crackle-and-wheeze cycle predicted as crackle only is missed).
 *   <li>{@code specificity}: normal rows predicted with no label, over normal rows.
 *   <li>{@code score}: their mean.
 * </ul>
 * A ratio with no rows to count is empty (JSON {@code null}) with a warning, and so is the score.
 */
public record IcbhiScore(OptionalDouble sensitivity, OptionalDouble specificity,
    OptionalDouble score) {

  static IcbhiScore compute(boolean[][] truth, boolean[][] predicted, ZeroDivisionGuard guard) {
    long abnormal = 0;
    long detected = 0;
    long normal = 0;
    long cleared = 0;
    for (int i = 0; i < truth.length; i++) {
      if (isEmpty(truth[i])) {
        normal++;
        cleared += isEmpty(predicted[i]) ? 1 : 0;
      } else {
        abnormal++;
        detected += Arrays.equals(truth[i], predicted[i]) ? 1 : 0;
      }
    }
    OptionalDouble se = guard.optionalRatio(detected, abnormal, "ICBHI sensitivity",
        "no row has a true label");
    OptionalDouble sp = guard.optionalRatio(cleared, normal, "ICBHI specificity",
        "every row has a true label");
    OptionalDouble score = se.isPresent() && sp.isPresent()
        ? OptionalDouble.of((se.getAsDouble() + sp.getAsDouble()) / 2)
        : guard.absent("ICBHI score", "it needs both sensitivity and specificity");
    return new IcbhiScore(se, sp, score);
  }

  private static boolean isEmpty(boolean[] row) {
    for (boolean b : row) {
      if (b) {
        return false;
      }
    }
    return true;
  }
}
