package dev.ballast.evaluation;

import java.util.Objects;

/**
 * One class's (or label's) scores. {@code support} is the number of true examples of the class:
 * rows whose truth is the class (single-label) or has the label set (multi-label).
 */
public record ClassMetrics(String label, double precision, double recall, double f1, long support) {
  public ClassMetrics {
    Objects.requireNonNull(label, "label");
  }
}
