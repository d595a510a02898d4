package dev.ballast.paralinguistics;

import java.util.Arrays;

/**
 * Formant frequencies and bandwidths from linear prediction (order {@value #ORDER}) of the band
 * below {@value #BAND_LIMIT_HZ} Hz, as if the frame were sampled at twice that rate: the
 * autocorrelation comes straight from the frame's power spectrum, pre-emphasised, and the
 * predictor's roots (Durand-Kerner iteration) give the formants. Not thread-safe.
 */
final class Formants {
  static final int ORDER = 11;
  static final double BAND_LIMIT_HZ = 5500;
  static final double MIN_FORMANT_HZ = 50;
  private static final double PRE_EMPHASIS = 0.7;
  private static final int MAX_ITERATIONS = 80;

  private final int bins;
  private final double rateHz;
  /** {@code double[lag][bin]}: cosine kernel times pre-emphasis gain. */
  private final double[][] kernel;
  private final double[] r = new double[ORDER + 1];
  private final double[] a = new double[ORDER + 1];
  private final double[] tmp = new double[ORDER + 1];
  private final double[] re = new double[ORDER];
  private final double[] im = new double[ORDER];
  private final double[] fHz = new double[ORDER];
  private final double[] bwHz = new double[ORDER];
  private boolean warm;

  Formants(int sampleRateHz, int fftSize) {
    double binHz = sampleRateHz / (double) fftSize;
    int last = (int) Math.min(fftSize / 2, Math.round(BAND_LIMIT_HZ / binHz));
    bins = last + 1;
    int m = 2 * last;
    rateHz = m * binHz;
    kernel = new double[ORDER + 1][bins];
    for (int k = 0; k < bins; k++) {
      double w = 2 * Math.PI * k / m;
      double gain = 1 + PRE_EMPHASIS * PRE_EMPHASIS - 2 * PRE_EMPHASIS * Math.cos(w);
      double edge = (k == 0 || k == last) ? 1 : 2;
      for (int l = 0; l <= ORDER; l++) {
        kernel[l][k] = edge * gain * Math.cos(w * l);
      }
    }
  }

  /**
   * Writes the first {@code count} formants (ascending) into {@code freqHz} and {@code bandwidthHz};
   * missing formants are 0. Returns false when the frame has no energy.
   */
  boolean compute(double[] power, int count, double[] freqHz, double[] bandwidthHz) {
    Arrays.fill(freqHz, 0, count, 0);
    Arrays.fill(bandwidthHz, 0, count, 0);
    // Four lags per pass: independent sums keep the multiply-add units busy.
    for (int l = 0; l <= ORDER; l += 4) {
      double[] k0 = kernel[l];
      double[] k1 = kernel[Math.min(ORDER, l + 1)];
      double[] k2 = kernel[Math.min(ORDER, l + 2)];
      double[] k3 = kernel[Math.min(ORDER, l + 3)];
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      for (int k = 0; k < bins; k++) {
        double p = power[k];
        s0 += k0[k] * p;
        s1 += k1[k] * p;
        s2 += k2[k] * p;
        s3 += k3[k] * p;
      }
      r[l] = s0;
      if (l + 1 <= ORDER) {
        r[l + 1] = s1;
      }
      if (l + 2 <= ORDER) {
        r[l + 2] = s2;
      }
      if (l + 3 <= ORDER) {
        r[l + 3] = s3;
      }
    }
    if (!(r[0] > 1e-12)) {
      return false;
    }
    r[0] *= 1 + 1e-9; // tiny white-noise floor keeps the recursion stable
    if (!levinson()) {
      return false;
    }
    if (!roots()) {
      warm = false;
      if (!roots()) {
        return false;
      }
    }
    int n = 0;
    for (int i = 0; i < ORDER; i++) {
      if (im[i] > 1e-9) {
        double f = Math.atan2(im[i], re[i]) * rateHz / (2 * Math.PI);
        double mag = Math.hypot(re[i], im[i]);
        if (f > MIN_FORMANT_HZ && f < rateHz / 2 - MIN_FORMANT_HZ) {
          fHz[n] = f;
          bwHz[n] = -Math.log(mag) * rateHz / Math.PI;
          n++;
        }
      }
    }
    // insertion sort by frequency
    for (int i = 1; i < n; i++) {
      double f = fHz[i];
      double b = bwHz[i];
      int j = i - 1;
      while (j >= 0 && fHz[j] > f) {
        fHz[j + 1] = fHz[j];
        bwHz[j + 1] = bwHz[j];
        j--;
      }
      fHz[j + 1] = f;
      bwHz[j + 1] = b;
    }
    for (int i = 0; i < Math.min(n, count); i++) {
      freqHz[i] = fHz[i];
      bandwidthHz[i] = bwHz[i];
    }
    return true;
  }

  private boolean levinson() {
    Arrays.fill(a, 0);
    a[0] = 1;
    double err = r[0];
    for (int i = 1; i <= ORDER; i++) {
      double acc = r[i];
      for (int j = 1; j < i; j++) {
        acc += a[j] * r[i - j];
      }
      double k = -acc / err;
      System.arraycopy(a, 0, tmp, 0, i);
      for (int j = 1; j < i; j++) {
        a[j] = tmp[j] + k * tmp[i - j];
      }
      a[i] = k;
      err *= 1 - k * k;
      if (!(err > 0)) {
        return false;
      }
    }
    return true;
  }

  /** Roots of z^p + a1 z^(p-1) + ... + ap by Durand-Kerner; warm-started from the last frame. */
  private boolean roots() {
    if (!warm) {
      for (int i = 0; i < ORDER; i++) {
        double ang = 2 * Math.PI * i / ORDER + 0.4;
        re[i] = 0.9 * Math.cos(ang);
        im[i] = 0.9 * Math.sin(ang);
      }
    }
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double change = 0;
      for (int i = 0; i < ORDER; i++) {
        // p(z_i) by Horner
        double pr = 1;
        double pi = 0;
        for (int k = 1; k <= ORDER; k++) {
          double nr = pr * re[i] - pi * im[i] + a[k];
          pi = pr * im[i] + pi * re[i];
          pr = nr;
        }
        double dr = 1;
        double di = 0;
        for (int j = 0; j < ORDER; j++) {
          if (j != i) {
            double xr = re[i] - re[j];
            double xi = im[i] - im[j];
            double nr = dr * xr - di * xi;
            di = dr * xi + di * xr;
            dr = nr;
          }
        }
        double den = dr * dr + di * di;
        if (!(den > 1e-300)) {
          re[i] += 1e-6;
          im[i] += 1e-6;
          change = 1;
          continue;
        }
        double qr = (pr * dr + pi * di) / den;
        double qi = (pi * dr - pr * di) / den;
        re[i] -= qr;
        im[i] -= qi;
        change = Math.max(change, Math.abs(qr) + Math.abs(qi));
      }
      if (change < 1e-7) { // about 1e-4 Hz; tighter only costs iterations
        warm = true;
        return true;
      }
    }
    warm = false;
    for (int i = 0; i < ORDER; i++) {
      if (!Double.isFinite(re[i]) || !Double.isFinite(im[i])) {
        return false;
      }
    }
    return true;
  }
}
