package dev.ballast.heads;

/**
 * A fully connected layer {@code y = W x + b}.
 *
 * @param weight {@code float[out][in]}
 * @param bias {@code float[out]}
 */
public record DenseLayer(float[][] weight, float[] bias) {
  public DenseLayer {
    if (weight.length == 0 || weight.length != bias.length) {
      throw new IllegalArgumentException("weight has " + weight.length + " rows but bias has "
          + bias.length + " entries; they must match and be non-zero");
    }
    int in = weight[0].length;
    for (float[] row : weight) {
      if (row.length != in) {
        throw new IllegalArgumentException("weight rows differ in length (" + in + " vs "
            + row.length + ")");
      }
    }
  }

  public int inputs() {
    return weight[0].length;
  }

  public int outputs() {
    return bias.length;
  }

  public float[] apply(float[] x) {
    if (x.length != inputs()) {
      throw new IllegalArgumentException("layer expects " + inputs() + " inputs, got " + x.length);
    }
    float[] y = new float[bias.length];
    for (int o = 0; o < y.length; o++) {
      double s = bias[o];
      float[] w = weight[o];
      for (int i = 0; i < x.length; i++) {
        s += w[i] * x[i];
      }
      y[o] = (float) s;
    }
    return y;
  }
}
