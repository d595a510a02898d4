package dev.ballast.encoders.scratch;

/**
 * One time-delay layer: a 1-D convolution over frames with "same" zero padding, then ReLU, then a
 * per-channel affine map (the batch normalisation learnt in training, folded).
 *
 * @param weight {@code float[outChannel][inChannel][tap]}, odd number of taps
 * @param bias {@code float[outChannel]}
 * @param dilationFrames spacing of the taps in frames
 * @param scale {@code float[outChannel]} multiplier after ReLU
 * @param shift {@code float[outChannel]} offset after ReLU
 */
public record ConvLayer(float[][][] weight, float[] bias, int dilationFrames, float[] scale,
    float[] shift) {
  public ConvLayer {
    int out = weight.length;
    if (out == 0 || bias.length != out || scale.length != out || shift.length != out) {
      throw new IllegalArgumentException("conv layer with " + out + " output channels needs bias, "
          + "scale and shift of that length; got " + bias.length + ", " + scale.length + ", "
          + shift.length);
    }
    int taps = weight[0][0].length;
    if (taps % 2 == 0 || dilationFrames < 1) {
      throw new IllegalArgumentException("need an odd number of taps and dilation >= 1, got "
          + taps + " taps, dilation " + dilationFrames);
    }
  }

  public int inputs() {
    return weight[0].length;
  }

  public int outputs() {
    return weight.length;
  }

  public int taps() {
    return weight[0][0].length;
  }

  /** Applies the layer to {@code float[channel][frame]}, returning {@code float[channel][frame]}. */
  public float[][] apply(float[][] x) {
    if (x.length != inputs()) {
      throw new IllegalArgumentException("layer expects " + inputs() + " channels, got " + x.length);
    }
    int frames = x[0].length;
    int taps = taps();
    int half = dilationFrames * (taps - 1) / 2;
    float[][] y = new float[outputs()][frames];
    for (int o = 0; o < y.length; o++) {
      float[] acc = y[o];
      java.util.Arrays.fill(acc, bias[o]);
      for (int i = 0; i < x.length; i++) {
        float[] in = x[i];
        float[] w = weight[o][i];
        for (int k = 0; k < taps; k++) {
          float wk = w[k];
          int offset = k * dilationFrames - half;
          int from = Math.max(0, -offset);
          int to = Math.min(frames, frames - offset);
          for (int t = from; t < to; t++) {
            acc[t] += wk * in[t + offset];
          }
        }
      }
      for (int t = 0; t < frames; t++) {
        acc[t] = Math.max(0f, acc[t]) * scale[o] + shift[o];
      }
    }
    return y;
  }
}
