package dev.ballast.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Measurements on synthesized audio for tests: frame levels and an autocorrelation pitch. */
final class Signals {
  private static final int FRAME_SAMPLES = 640; // 40 ms at 16 kHz
  private static final int HOP_SAMPLES = 160;

  private Signals() {}

  /** RMS in dBFS of each frame (layout: {@code double[frame]}). */
  static double[] frameLevelsDb(float[] x) {
    List<Double> out = new ArrayList<>();
    for (int start = 0; start + FRAME_SAMPLES <= x.length; start += HOP_SAMPLES) {
      double s = 0;
      for (int i = start; i < start + FRAME_SAMPLES; i++) {
        s += x[i] * (double) x[i];
      }
      out.add(10 * Math.log10(s / FRAME_SAMPLES + 1e-20));
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Mean level in dBFS of the frames within {@code rangeDb} of the loudest one (the speech). */
  static double speechLevelDb(float[] x, double rangeDb) {
    double[] levels = frameLevelsDb(x);
    double max = Arrays.stream(levels).max().orElseThrow();
    return Arrays.stream(levels).filter(l -> l >= max - rangeDb).average().orElseThrow();
  }

  /** Median of {@link #frameF0sHz} over the frames within 10 dB of the loudest one. */
  static double medianF0Hz(float[] x, int rateHz, double minHz, double maxHz) {
    return median(frameF0sHz(x, rateHz, minHz, maxHz, 10));
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  /**
   * F0 in Hz of each frame within {@code rangeDb} of the loudest one: the lag with the highest
   * normalized autocorrelation in [rate/maxHz, rate/minHz], halved when its half scores nearly
   * as well (guards against picking twice the period), refined by parabolic interpolation.
   */
  static List<Double> frameF0sHz(float[] x, int rateHz, double minHz, double maxHz,
      double rangeDb) {
    double[] levels = frameLevelsDb(x);
    double max = Arrays.stream(levels).max().orElseThrow();
    int minLag = (int) Math.floor(rateHz / maxHz);
    int maxLag = (int) Math.ceil(rateHz / minHz);
    int window = FRAME_SAMPLES - maxLag;
    List<Double> f0s = new ArrayList<>();
    for (int f = 0; f < levels.length; f++) {
      if (levels[f] < max - rangeDb) {
        continue;
      }
      int start = f * HOP_SAMPLES;
      double[] r = new double[maxLag + 1];
      int best = minLag;
      for (int lag = minLag; lag <= maxLag; lag++) {
        r[lag] = correlation(x, start, lag, window);
        if (r[lag] > r[best]) {
          best = lag;
        }
      }
      int half = Math.round(best / 2f);
      if (half >= minLag && r[half] > 0.9 * r[best]) {
        best = half;
      }
      double lag = best;
      if (best > minLag && best < maxLag) {
        double a = r[best - 1];
        double b = r[best];
        double c = r[best + 1];
        double den = a - 2 * b + c;
        if (den < 0) {
          lag = best + 0.5 * (a - c) / den;
        }
      }
      f0s.add(rateHz / lag);
    }
    return f0s;
  }

  private static double correlation(float[] x, int start, int lag, int window) {
    double xy = 0;
    double xx = 0;
    double yy = 0;
    for (int i = start; i < start + window; i++) {
      xy += x[i] * (double) x[i + lag];
      xx += x[i] * (double) x[i];
      yy += x[i + lag] * (double) x[i + lag];
    }
    return xy / Math.sqrt(xx * yy + 1e-30);
  }

  static double semitones(double fromHz, double toHz) {
    return 12 * Math.log(toHz / fromHz) / Math.log(2);
  }
}
