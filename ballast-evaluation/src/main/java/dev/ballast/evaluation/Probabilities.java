package dev.ballast.evaluation;

import dev.ballast.data.LabelVocabulary;
import java.util.Objects;

/**
 * Checks model probabilities laid out {@code float[example][label]}, one row per example
 * (unlabelled ones too, as for predictions), and widens them to double.
 */
final class Probabilities {
  /** How far a single-label row may sum from 1: float rounding, not a wrong normalisation. */
  static final double ROW_SUM_TOLERANCE = 1e-3;

  private Probabilities() {}

  /** Softmax outputs: each row in [0, 1] and summing to 1. */
  static double[][] singleLabel(LabelVocabulary vocab, float[][] probabilities, int examples) {
    double[][] out = check(vocab, probabilities, examples, "apply softmax to the logits");
    for (int i = 0; i < out.length; i++) {
      double sum = 0;
      for (double p : out[i]) {
        sum += p;
      }
      if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
        throw new IllegalArgumentException("probabilities[" + i + "] sums to " + sum + " but a"
            + " single-label row must sum to 1 (within " + ROW_SUM_TOLERANCE + "); apply softmax"
            + " to the logits");
      }
    }
    return out;
  }

  /** Independent per-label (sigmoid) outputs, each in [0, 1]. */
  static double[][] multiLabel(LabelVocabulary vocab, float[][] probabilities, int examples) {
    return check(vocab, probabilities, examples, "apply a sigmoid to each logit");
  }

  private static double[][] check(LabelVocabulary vocab, float[][] probabilities, int examples,
      String fix) {
    Objects.requireNonNull(probabilities, "probabilities");
    if (probabilities.length != examples) {
      throw new IllegalArgumentException("probabilities need one row per example, got "
          + probabilities.length + " rows for " + examples + " examples; pass a row for every"
          + " example, also unlabelled ones");
    }
    double[][] out = new double[examples][];
    for (int i = 0; i < examples; i++) {
      float[] row = probabilities[i];
      if (row == null || row.length != vocab.size()) {
        throw new IllegalArgumentException("probabilities[" + i + "] has "
            + (row == null ? "no row" : row.length + " entries") + " but " + vocab + " has "
            + vocab.size() + " labels; pass one probability per label in vocabulary order");
      }
      out[i] = new double[row.length];
      for (int c = 0; c < row.length; c++) {
        if (!(row[c] >= 0 && row[c] <= 1)) {
          throw new IllegalArgumentException("probabilities[" + i + "][" + c + "] = " + row[c]
              + " is not a probability; pass values in [0, 1] (" + fix + ")");
        }
        out[i][c] = row[c];
      }
    }
    return out;
  }
}
