package dev.ballast.audio.augment;

import dev.ballast.audio.AudioClip;

/** Analytic test signals and measurements. */
final class Signals {
  private Signals() {}

  static AudioClip tone(double freqHz, int rateHz, double seconds, double amplitude) {
    float[] x = new float[(int) Math.round(rateHz * seconds)];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (amplitude * Math.sin(2 * Math.PI * freqHz * i / rateHz));
    }
    return new AudioClip(x, rateHz);
  }

  static AudioClip impulse(int length, int at, int rateHz) {
    float[] x = new float[length];
    x[at] = 1;
    return new AudioClip(x, rateHz);
  }

  static double power(float[] x) {
    double s = 0;
    for (float v : x) {
      s += v * (double) v;
    }
    return s / x.length;
  }

  /** Frequency from upward zero crossings over the middle half (away from filter edges). */
  static double frequencyHz(AudioClip clip) {
    float[] y = clip.samples();
    int from = y.length / 4;
    int to = 3 * y.length / 4;
    double first = -1;
    double last = -1;
    int crossings = 0;
    for (int i = from; i < to - 1; i++) {
      if (y[i] <= 0 && y[i + 1] > 0) {
        double t = i + (-y[i]) / (y[i + 1] - y[i]);
        if (first < 0) {
          first = t;
        } else {
          crossings++;
        }
        last = t;
      }
    }
    return crossings * clip.sampleRateHz() / (last - first);
  }
}
