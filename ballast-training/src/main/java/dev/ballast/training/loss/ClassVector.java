package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;
import java.util.Arrays;
import java.util.Objects;

/** One finite number per class ({@code double[class]}): weights, margins or a prior. */
public record ClassVector(double[] values) {
  public ClassVector {
    Objects.requireNonNull(values, "values");
    if (values.length == 0) {
      throw new IllegalArgumentException("a class vector needs one value per class, got none");
    }
    for (int c = 0; c < values.length; c++) {
      if (!Double.isFinite(values[c])) {
        throw new IllegalArgumentException("class values must be finite, got " + values[c]
            + " for class " + c);
      }
    }
    values = values.clone();
  }

  public static ClassVector of(double... values) {
    return new ClassVector(values);
  }

  /** {@code size} copies of {@code value}. */
  public static ClassVector filled(int size, double value) {
    double[] v = new double[size];
    Arrays.fill(v, value);
    return new ClassVector(v);
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  public int size() {
    return values.length;
  }

  public double get(int c) {
    return values[c];
  }

  /** {@code float[classes]} on {@code like}'s manager (freed with the batch), in its type. */
  NDArray on(NDArray like) {
    return like.getManager().create(values).toType(like.getDataType(), false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClassVector other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
