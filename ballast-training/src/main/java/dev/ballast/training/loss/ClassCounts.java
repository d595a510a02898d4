package dev.ballast.training.loss;

import java.util.Arrays;
import java.util.Objects;

/**
 * Training examples per class, {@code counts[class]} over the task's whole label vocabulary (not
 * the classes that happen to occur). A class with no training example is read as the rarest class
 * that has some ({@link #seen}), so weights, margins and priors derived from counts stay finite.
 */
public record ClassCounts(long[] counts) {
  public ClassCounts {
    Objects.requireNonNull(counts, "counts");
    if (counts.length == 0) {
      throw new IllegalArgumentException("class counts must have one entry per class of the"
          + " task's vocabulary, got none");
    }
    long total = 0;
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] < 0) {
        throw new IllegalArgumentException("class counts must be >= 0, got " + counts[c]
            + " for class " + c + "; pass the number of training examples of each class");
      }
      total += counts[c];
    }
    if (total == 0) {
      throw new IllegalArgumentException("class counts are all 0 " + Arrays.toString(counts)
          + "; build the loss from the training fold's counts");
    }
    counts = counts.clone();
  }

  public static ClassCounts of(long... counts) {
    return new ClassCounts(counts);
  }

  @Override
  public long[] counts() {
    return counts.clone();
  }

  public int size() {
    return counts.length;
  }

  /** The count of {@code c}, or the smallest positive count when {@code c} has none. */
  public long seen(int c) {
    if (counts[c] > 0) {
      return counts[c];
    }
    long rarest = Long.MAX_VALUE;
    for (long n : counts) {
      if (n > 0) {
        rarest = Math.min(rarest, n);
      }
    }
    return rarest;
  }

  /** The class prior {@code seen(c) / sum seen}. */
  public ClassVector prior() {
    double[] p = new double[counts.length];
    double total = 0;
    for (int c = 0; c < p.length; c++) {
      p[c] = seen(c);
      total += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= total;
    }
    return new ClassVector(p);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClassCounts other && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return Arrays.toString(counts);
  }
}
