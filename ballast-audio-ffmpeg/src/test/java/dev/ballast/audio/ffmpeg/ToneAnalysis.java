package dev.ballast.audio.ffmpeg;

/** Measures a decoded sine: frequency from zero crossings, level as RMS, both away from edges. */
final class ToneAnalysis {
  private ToneAnalysis() {}

  /** Frequency in Hz from interpolated rising zero crossings in the middle 80 % of the clip. */
  static double frequencyHz(float[] x, int rateHz) {
    int from = x.length / 10;
    int to = x.length - x.length / 10;
    double first = Double.NaN;
    double last = Double.NaN;
    int rises = 0;
    for (int i = from; i + 1 < to; i++) {
      if (x[i] < 0 && x[i + 1] >= 0) {
        double at = i + x[i] / (double) (x[i] - x[i + 1]);
        if (rises == 0) {
          first = at;
        }
        last = at;
        rises++;
      }
    }
    if (rises < 2) {
      throw new AssertionError("fewer than 2 rising zero crossings: not a tone");
    }
    return (rises - 1) * rateHz / (last - first);
  }

  /** Root mean square over the middle 80 % of the clip; a sine of peak A gives A / sqrt(2). */
  static double rms(float[] x) {
    int from = x.length / 10;
    int to = x.length - x.length / 10;
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += x[i] * (double) x[i];
    }
    return Math.sqrt(sum / (to - from));
  }
}
