package dev.ballast.evaluation;

import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Target;
import java.util.Objects;

/**
 * Single-label confusion counts over a task's whole vocabulary, laid out
 * {@code long[trueIndex][predictedIndex]}. Examples whose truth is {@link Target.Single#MISSING}
 * (not labelled for the task) are left out of every count.
 */
public final class ConfusionMatrix {
  private final LabelVocabulary vocabulary;
  private final long[][] counts;

  private ConfusionMatrix(LabelVocabulary vocabulary, long[][] counts) {
    this.vocabulary = vocabulary;
    this.counts = counts;
  }

  /**
   * Counts one entry per example. {@code truth[i]} is a class index or -1 for "not labelled";
   * {@code predicted[i]} must be a class index, also for unlabelled examples.
   */
  public static ConfusionMatrix of(LabelVocabulary vocab, int[] truth, int[] predicted) {
    Objects.requireNonNull(vocab, "vocab");
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    if (truth.length != predicted.length) {
      throw new IllegalArgumentException("truth and predicted need one entry per example, got "
          + truth.length + " truth and " + predicted.length + " predicted entries; pass a"
          + " prediction for every example (truth -1 marks an example not labelled for the task)");
    }
    int k = vocab.size();
    long[][] counts = new long[k][k];
    for (int i = 0; i < truth.length; i++) {
      int p = predicted[i];
      if (p < 0 || p >= k) {
        throw new IllegalArgumentException("predicted[" + i + "] = " + p + " is not a class index"
            + " of " + vocab + "; predictions must lie in 0.." + (k - 1) + ", so decode model"
            + " outputs with the task's own vocabulary");
      }
      int t = truth[i];
      if (t == Target.Single.MISSING) {
        continue;
      }
      if (t < 0 || t >= k) {
        throw new IllegalArgumentException("truth[" + i + "] = " + t + " is not a class index of "
            + vocab + "; use 0.." + (k - 1) + ", or -1 for an example not labelled for the task");
      }
      counts[t][p]++;
    }
    return new ConfusionMatrix(vocab, counts);
  }

  /** Wraps counts already tallied, {@code long[trueIndex][predictedIndex]}; the array is copied. */
  public static ConfusionMatrix ofCounts(LabelVocabulary vocab, long[][] counts) {
    Objects.requireNonNull(vocab, "vocab");
    Objects.requireNonNull(counts, "counts");
    int k = vocab.size();
    if (counts.length != k) {
      throw new IllegalArgumentException("counts has " + counts.length + " rows but " + vocab
          + " has " + k + " labels; pass a " + k + "x" + k + " matrix, one row per true label");
    }
    long[][] copy = new long[k][];
    for (int t = 0; t < k; t++) {
      if (counts[t] == null || counts[t].length != k) {
        throw new IllegalArgumentException("counts[" + t + "] has "
            + (counts[t] == null ? "no" : String.valueOf(counts[t].length)) + " entries but "
            + vocab + " has " + k + " labels; pass one column per predicted label");
      }
      for (int p = 0; p < k; p++) {
        if (counts[t][p] < 0) {
          throw new IllegalArgumentException("counts[" + t + "][" + p + "] = " + counts[t][p]
              + " is negative; counts are numbers of examples, 0 or more");
        }
      }
      copy[t] = counts[t].clone();
    }
    return new ConfusionMatrix(vocab, copy);
  }

  public LabelVocabulary vocabulary() {
    return vocabulary;
  }

  /** Number of classes; the matrix is {@code size() x size()}. */
  public int size() {
    return counts.length;
  }

  public long count(int trueIdx, int predIdx) {
    return counts[Objects.checkIndex(trueIdx, size())][Objects.checkIndex(predIdx, size())];
  }

  /** A copy of the counts, {@code long[trueIndex][predictedIndex]}. */
  public long[][] counts() {
    long[][] copy = new long[counts.length][];
    for (int t = 0; t < counts.length; t++) {
      copy[t] = counts[t].clone();
    }
    return copy;
  }

  /** Number of labelled examples whose truth is class {@code trueIdx} (row sum). */
  public long support(int trueIdx) {
    long sum = 0;
    for (long c : counts[Objects.checkIndex(trueIdx, size())]) {
      sum += c;
    }
    return sum;
  }

  /** Number of labelled examples predicted as class {@code predIdx} (column sum). */
  public long predictedCount(int predIdx) {
    Objects.checkIndex(predIdx, size());
    long sum = 0;
    for (long[] row : counts) {
      sum += row[predIdx];
    }
    return sum;
  }

  /** Number of labelled examples counted. */
  public long total() {
    long sum = 0;
    for (int t = 0; t < size(); t++) {
      sum += support(t);
    }
    return sum;
  }

  /** Number of labelled examples on the diagonal. */
  public long correct() {
    long sum = 0;
    for (int t = 0; t < size(); t++) {
      sum += counts[t][t];
    }
    return sum;
  }
}
