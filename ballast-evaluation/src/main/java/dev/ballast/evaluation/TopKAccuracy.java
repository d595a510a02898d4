package dev.ballast.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Top-k accuracy: the fraction of labelled examples whose true class is among the k most probable.
 * Classes are ranked by probability, ties broken towards the lower class index (a stable sort), so
 * a tie never counts both ways. For {@code k >= classes} every example counts, giving 1.
 */
final class TopKAccuracy {
  /** The k reported per task; only those below the task's class count (k >= K is always 1). */
  static final int[] REPORTED_K = {2, 3};

  private TopKAccuracy() {}

  /** {@code truth[example]} (labelled only), {@code probabilities[example][class]}, n > 0. */
  static double of(int[] truth, double[][] probabilities, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("top-k accuracy needs k >= 1, got " + k
          + "; use k = 1 for plain accuracy");
    }
    long hits = 0;
    for (int i = 0; i < truth.length; i++) {
      hits += rank(probabilities[i], truth[i]) < k ? 1 : 0;
    }
    return (double) hits / truth.length;
  }

  /** Top-k accuracy for each reported k below {@code classes}, keyed by k in ascending order. */
  static Map<Integer, OptionalDouble> reported(int[] truth, double[][] probabilities, int classes,
      ZeroDivisionGuard guard) {
    Map<Integer, OptionalDouble> out = new LinkedHashMap<>();
    for (int k : REPORTED_K) {
      if (k < classes) {
        out.put(k, truth.length == 0 ? guard.absent("top-" + k + " accuracy",
            "no labelled examples") : OptionalDouble.of(of(truth, probabilities, k)));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** 0-based position of class {@code y} when classes are sorted by falling probability. */
  private static int rank(double[] p, int y) {
    int rank = 0;
    for (int j = 0; j < p.length; j++) {
      if (p[j] > p[y] || (p[j] == p[y] && j < y)) {
        rank++;
      }
    }
    return rank;
  }
}
