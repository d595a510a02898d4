package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.Objects;

/** Argument checks shared by the losses; messages name the loss, the constraint and the value. */
final class Checks {
  /** Passed as {@code classes} by losses that work for any class count. */
  static final int ANY_CLASS_COUNT = 0;

  private Checks() {
  }

  static void single(String loss, NDArray logits, NDArray targets, NDArray sampleWeights,
      int epoch, int classes) {
    Shape shape = logitsShape(loss, logits, classes, epoch);
    sameShape(loss, "targets", shape, targets);
    Objects.requireNonNull(sampleWeights, "sampleWeights");
    if (!sampleWeights.getShape().equals(new Shape(shape.get(0)))) {
      throw new IllegalArgumentException(loss + ": sampleWeights must be [batch] = "
          + new Shape(shape.get(0)) + ", got " + sampleWeights.getShape());
    }
  }

  static void multi(String loss, NDArray logits, NDArray targets, NDArray mask, int epoch,
      int classes) {
    Shape shape = logitsShape(loss, logits, classes, epoch);
    sameShape(loss, "targets", shape, targets);
    sameShape(loss, "mask", shape, mask);
  }

  private static Shape logitsShape(String loss, NDArray logits, int classes, int epoch) {
    Objects.requireNonNull(logits, "logits");
    Shape shape = logits.getShape();
    if (shape.dimension() != 2) {
      throw new IllegalArgumentException(loss + ": logits must be [batch, classes], got "
          + shape);
    }
    if (classes != ANY_CLASS_COUNT && shape.get(1) != classes) {
      throw new IllegalArgumentException(loss + ": logits have " + shape.get(1)
          + " classes but the loss was built for " + classes
          + "; build it from this task's class counts");
    }
    if (epoch < 1) {
      throw new IllegalArgumentException(loss + ": epoch is 1-based, got " + epoch);
    }
    return shape;
  }

  private static void sameShape(String loss, String what, Shape expected, NDArray array) {
    Objects.requireNonNull(array, what);
    if (!array.getShape().equals(expected)) {
      throw new IllegalArgumentException(loss + ": " + what + " must have the logits' shape "
          + expected + ", got " + array.getShape());
    }
  }

  /** Class weights: non-negative, not all zero. */
  static void weights(String loss, String what, ClassVector w) {
    Objects.requireNonNull(w, what);
    double sum = 0;
    for (int c = 0; c < w.size(); c++) {
      if (w.get(c) < 0) {
        throw new IllegalArgumentException(loss + ": " + what + " must be >= 0, got " + w.get(c)
            + " for class " + c);
      }
      sum += w.get(c);
    }
    if (sum == 0) {
      throw new IllegalArgumentException(loss + ": " + what + " are all 0, which would ignore"
          + " every example; leave them out for an unweighted loss");
    }
  }

  /** A finite {@code value >= 0}. */
  static double nonNegative(String loss, String what, double value, String hint) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(loss + ": " + what + " must be finite and >= 0, got "
          + value + "; " + hint);
    }
    return value;
  }

  /** A finite {@code value > 0}. */
  static double positive(String loss, String what, double value, String hint) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(loss + ": " + what + " must be finite and > 0, got "
          + value + "; " + hint);
    }
    return value;
  }

  /** A {@code value} in [0, 1). */
  static double fraction(String loss, String what, double value, String hint) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(loss + ": " + what + " must be in [0, 1), got " + value
          + "; " + hint);
    }
    return value;
  }
}
