package dev.ballast.heads;

/**
 * Per-dimension z-scoring with statistics from the training set; dimensions with no variance are
 * passed through centred.
 *
 * @param mean {@code float[dim]}
 * @param scale {@code float[dim]}, the reciprocal standard deviation
 */
public record Standardizer(float[] mean, float[] scale) {
  public Standardizer {
    if (mean.length != scale.length) {
      throw new IllegalArgumentException("mean and scale differ in length: " + mean.length + " vs "
          + scale.length);
    }
  }

  /** Fits to {@code float[example][dim]}. */
  public static Standardizer fit(float[][] x) {
    if (x.length == 0) {
      throw new IllegalArgumentException("cannot fit a standardizer to zero examples");
    }
    int d = x[0].length;
    float[] mean = new float[d];
    float[] scale = new float[d];
    for (int j = 0; j < d; j++) {
      double s = 0;
      for (float[] row : x) {
        s += row[j];
      }
      double m = s / x.length;
      double v = 0;
      for (float[] row : x) {
        v += (row[j] - m) * (row[j] - m);
      }
      double sd = Math.sqrt(v / x.length);
      mean[j] = (float) m;
      scale[j] = sd > 1e-8 ? (float) (1 / sd) : 1f;
    }
    return new Standardizer(mean, scale);
  }

  public float[] apply(float[] x) {
    if (x.length != mean.length) {
      throw new IllegalArgumentException("standardizer expects " + mean.length
          + " dimensions, got " + x.length + "; the embedding does not match the model's encoder");
    }
    float[] y = new float[x.length];
    for (int j = 0; j < x.length; j++) {
      y[j] = (x[j] - mean[j]) * scale[j];
    }
    return y;
  }
}
