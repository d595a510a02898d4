package dev.ballast.training.sequence;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The trainable arrays of a {@link SequenceModel} by name, in creation order, with the seeded
 * initialisers and the conversions to plain Java arrays that export and checkpoints need.
 */
final class NamedParameters implements AutoCloseable {
  private final NDManager manager;
  private final Map<String, NDArray> arrays = new LinkedHashMap<>();

  NamedParameters(NDManager manager) {
    this.manager = manager;
  }

  void add(String name, float[] values, Shape shape) {
    NDArray a = manager.create(values, shape);
    a.setRequiresGradient(true);
    arrays.put(name, a);
  }

  NDArray get(String name) {
    return arrays.get(name);
  }

  Map<String, NDArray> all() {
    return arrays;
  }

  float[] vector(String name) {
    return arrays.get(name).toFloatArray();
  }

  /** A 2-D parameter as {@code float[row][column]}. */
  float[][] matrix(String name) {
    NDArray a = arrays.get(name);
    int rows = (int) a.getShape().get(0);
    int cols = (int) a.getShape().get(1);
    float[] flat = a.toFloatArray();
    float[][] m = new float[rows][cols];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(flat, r * cols, m[r], 0, cols);
    }
    return m;
  }

  /** Every parameter's values by name. */
  Map<String, float[]> state() {
    Map<String, float[]> out = new LinkedHashMap<>();
    arrays.forEach((name, array) -> out.put(name, array.toFloatArray()));
    return out;
  }

  /** Restores every parameter from {@code state}; names and lengths must match. */
  void load(Map<String, float[]> state) {
    for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
      e.getValue().set(require(state, e.getKey(), (int) e.getValue().size()));
    }
  }

  static float[] require(Map<String, float[]> state, String name, int length) {
    float[] v = state.get(name);
    if (v == null || v.length != length) {
      throw new IllegalArgumentException("state entry " + name + " is "
          + (v == null ? "missing" : "of length " + v.length) + ", expected length " + length);
    }
    return v;
  }

  static float[] uniform(SplittableRandom random, int n, double bound) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
    }
    return v;
  }

  /** Xavier-uniform values of an {@code out x in} matrix. */
  static float[] xavier(SplittableRandom random, int out, int in) {
    return uniform(random, out * in, Math.sqrt(6.0 / (in + out)));
  }

  @Override
  public void close() {
    arrays.values().forEach(NDArray::close);
  }
}
