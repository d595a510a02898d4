package dev.ballast.paralinguistics;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Formant frequencies and bandwidths from linear prediction (order {@value #ORDER}) of the frame
 * as openSMILE's eGeMAPS sees it: the short-frame spectrum cut at {@code bandTopHz} and resampled
 * to {@value #LPC_RATE_HZ} Hz, without pre-emphasis. The autocorrelation comes straight from the
 * frame's power spectrum. Like openSMILE, the roots (Durand-Kerner iteration) are taken of the
 * predictor polynomial with its coefficients' signs flipped, z^p - a1 z^(p-1) - ... - ap, and
 * reflected into the unit circle: that is what gives its formants their typical bandwidths of about
 * 1 kHz, so it is kept for parity. Not thread-safe.
 */
final class Formants {
  static final int ORDER = 11;
  static final double LPC_RATE_HZ = SourceRate.LPC_RATE_HZ;
  static final double MIN_FORMANT_HZ = 50;
  private static final int MAX_ITERATIONS = 80;

  private final int fftSize;
  private final int frameSamples;
  private final int keptBins;
  private final int bins;
  private final double rateHz = LPC_RATE_HZ;
  private final DoubleFFT_1D fft;
  private final double[] work;
  /** {@code double[lag][bin]}: one-sided cosine kernel at the LPC rate. */
  private final double[][] kernel;
  private final double[] r = new double[ORDER + 1];
  private final double[] a = new double[ORDER + 1];
  private final double[] tmp = new double[ORDER + 1];
  private final double[] re = new double[ORDER];
  private final double[] im = new double[ORDER];
  private final double[] fHz = new double[ORDER];
  private final double[] bwHz = new double[ORDER];
  private boolean warm;

  /**
   * @param frameSamples length of the analysed (windowed) frame
   * @param bandTopHz highest frequency the predictor sees (openSMILE keeps 109 bins of its
   *     short-frame FFT: 3.4 kHz for 8 and 16 kHz recordings, 4.7 kHz for 22.05 kHz)
   */
  Formants(int sampleRateHz, int fftSize, int frameSamples, double bandTopHz) {
    this.fftSize = fftSize;
    this.frameSamples = frameSamples;
    double binHz = sampleRateHz / (double) fftSize;
    keptBins = (int) Math.min(fftSize / 2 - 1, Math.floor(bandTopHz / binHz + 1e-9)) + 1;
    bins = fftSize / 2 + 1;
    fft = new DoubleFFT_1D(fftSize);
    work = new double[fftSize];
    kernel = new double[ORDER + 1][bins];
    for (int k = 0; k < bins; k++) {
      double w = 2 * Math.PI * k * binHz / LPC_RATE_HZ;
      double edge = k == 0 || k == fftSize / 2 ? 1 : 2;
      for (int l = 0; l <= ORDER; l++) {
        kernel[l][k] = edge * Math.cos(w * l);
      }
    }
  }

  /**
   * Writes the first {@code count} formants (ascending) into {@code freqHz} and {@code bandwidthHz}
   * from the packed real FFT ({@code DoubleFFT_1D.realForward} layout) of the windowed frame;
   * missing formants are 0. Returns false when the frame has no energy.
   */
  boolean compute(double[] spectrum, int count, double[] freqHz, double[] bandwidthHz) {
    Arrays.fill(freqHz, 0, count, 0);
    Arrays.fill(bandwidthHz, 0, count, 0);
    // openSMILE resamples by an inverse DFT of the kept bins and keeps one frame length of the
    // result, so the band-limited frame's ringing beyond the frame is cut off: rebuild just that.
    System.arraycopy(spectrum, 0, work, 0, fftSize);
    Arrays.fill(work, 2 * keptBins, fftSize, 0);
    work[1] = 0;
    fft.realInverse(work, true);
    Arrays.fill(work, frameSamples, fftSize, 0);
    fft.realForward(work);
    double[] power = work;
    power[0] = work[0] * work[0];
    for (int k = 1; k < fftSize / 2; k++) {
      power[k] = work[2 * k] * work[2 * k] + work[2 * k + 1] * work[2 * k + 1];
    }
    // (work[1], the Nyquist bin, is negligible after band limiting and reused as bin 1's slot.)
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
      for (int k = 0; k < bins - 1; k++) {
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
        mag = mag > 1 ? 1 / mag : mag;
        if (f >= MIN_FORMANT_HZ && f <= rateHz / 2 - MIN_FORMANT_HZ) {
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

  /** Roots of z^p - a1 z^(p-1) - ... - ap by Durand-Kerner; warm-started from the last frame. */
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
          double nr = pr * re[i] - pi * im[i] - a[k];
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
