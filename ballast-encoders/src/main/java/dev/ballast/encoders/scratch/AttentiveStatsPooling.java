package dev.ballast.encoders.scratch;

/**
 * Attentive statistics pooling (Okabe et al. 2018, channel-wise as in ECAPA-TDNN): a small
 * network scores every frame per channel, a softmax over frames turns the scores into weights,
 * and the weighted mean and standard deviation of each channel form the utterance vector.
 *
 * @param hiddenWeight {@code float[hidden][channel]}
 * @param hiddenBias {@code float[hidden]}
 * @param scoreWeight {@code float[channel][hidden]}
 * @param scoreBias {@code float[channel]}
 */
public record AttentiveStatsPooling(float[][] hiddenWeight, float[] hiddenBias,
    float[][] scoreWeight, float[] scoreBias) {
  /** Floor of the variance before the square root, as in training. */
  public static final float VARIANCE_FLOOR = 1e-5f;

  public AttentiveStatsPooling {
    int hidden = hiddenWeight.length;
    int channels = scoreWeight.length;
    if (hidden == 0 || channels == 0 || hiddenBias.length != hidden || scoreBias.length != channels
        || hiddenWeight[0].length != channels || scoreWeight[0].length != hidden) {
      throw new IllegalArgumentException("attention shapes do not match: hidden weight "
          + hidden + "x" + (hidden == 0 ? 0 : hiddenWeight[0].length) + ", score weight "
          + channels + "x" + (channels == 0 ? 0 : scoreWeight[0].length));
    }
  }

  public int channels() {
    return scoreWeight.length;
  }

  /** Pools {@code float[channel][frame]} into {@code [mean per channel, std per channel]}. */
  public float[] apply(float[][] h) {
    int channels = channels();
    int hidden = hiddenBias.length;
    int frames = h[0].length;
    float[][] score = new float[channels][frames];
    float[] a = new float[hidden];
    for (int t = 0; t < frames; t++) {
      for (int j = 0; j < hidden; j++) {
        double s = hiddenBias[j];
        float[] w = hiddenWeight[j];
        for (int c = 0; c < channels; c++) {
          s += w[c] * h[c][t];
        }
        a[j] = (float) Math.tanh(s);
      }
      for (int c = 0; c < channels; c++) {
        double s = scoreBias[c];
        float[] w = scoreWeight[c];
        for (int j = 0; j < hidden; j++) {
          s += w[j] * a[j];
        }
        score[c][t] = (float) s;
      }
    }
    float[] out = new float[2 * channels];
    for (int c = 0; c < channels; c++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int t = 0; t < frames; t++) {
        max = Math.max(max, score[c][t]);
      }
      double z = 0;
      double m1 = 0;
      double m2 = 0;
      for (int t = 0; t < frames; t++) {
        double w = Math.exp(score[c][t] - max);
        z += w;
        m1 += w * h[c][t];
        m2 += w * h[c][t] * h[c][t];
      }
      double mean = m1 / z;
      out[c] = (float) mean;
      out[channels + c] = (float) Math.sqrt(Math.max(m2 / z - mean * mean, VARIANCE_FLOOR));
    }
    return out;
  }
}
