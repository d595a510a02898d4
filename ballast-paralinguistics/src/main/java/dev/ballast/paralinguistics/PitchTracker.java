package dev.ballast.paralinguistics;

import java.util.Arrays;

/**
 * Pitch candidates by subharmonic summation (Hermes 1988) on a log-frequency magnitude spectrum,
 * each checked against the window-corrected autocorrelation (Boersma 1993). Not thread-safe; one
 * instance per extraction.
 */
final class PitchTracker {
  static final double MIN_F0_HZ = 55;
  static final double MAX_F0_HZ = 1000;
  private static final int POINTS_PER_OCTAVE = 48;
  private static final double GRID_MIN_HZ = 25;
  private static final int HARMONICS = 15;
  private static final double COMPRESSION = 0.85;
  static final int MAX_CANDIDATES = 6;

  private final int sampleRateHz;
  private final int fftSize;
  private final double[] windowAcf;
  private final double[] grid;
  /** For each log-grid point, the first and last linear bin it covers. */
  private final int[] binFrom;
  private final int[] binTo;
  private final double[] gridWeight;
  private final int[] harmonicOffset = new int[HARMONICS];
  private final double[] harmonicWeight = new double[HARMONICS];
  private final int candFrom;
  private final int candTo;
  private final double[] shs;

  PitchTracker(int sampleRateHz, int fftSize, double[] window) {
    this.sampleRateHz = sampleRateHz;
    this.fftSize = fftSize;
    int points = (int) Math.floor(POINTS_PER_OCTAVE * log2(0.5 * sampleRateHz / GRID_MIN_HZ));
    grid = new double[points];
    binFrom = new int[points];
    binTo = new int[points];
    gridWeight = new double[points];
    double binHz = sampleRateHz / (double) fftSize;
    for (int j = 0; j < points; j++) {
      double f = GRID_MIN_HZ * Math.pow(2, j / (double) POINTS_PER_OCTAVE);
      double lo = f * Math.pow(2, -0.5 / POINTS_PER_OCTAVE);
      double hi = f * Math.pow(2, 0.5 / POINTS_PER_OCTAVE);
      binFrom[j] = (int) Math.round(lo / binHz);
      binTo[j] = Math.max(binFrom[j], (int) Math.round(hi / binHz));
      binTo[j] = Math.min(binTo[j], fftSize / 2);
      // Hermes' auditory sensitivity: low frequencies count less.
      gridWeight[j] = 0.5 + Math.atan(3 * log2(f / 65)) / Math.PI;
    }
    for (int h = 0; h < HARMONICS; h++) {
      harmonicOffset[h] = (int) Math.round(POINTS_PER_OCTAVE * log2(h + 1));
      harmonicWeight[h] = Math.pow(COMPRESSION, h);
    }
    candFrom = (int) Math.ceil(POINTS_PER_OCTAVE * log2(MIN_F0_HZ / GRID_MIN_HZ));
    candTo = (int) Math.floor(POINTS_PER_OCTAVE * log2(MAX_F0_HZ / GRID_MIN_HZ));
    shs = new double[candTo + 2];
    windowAcf = windowAutocorrelation(window, fftSize);
  }

  int maxLag() {
    return (int) Math.ceil(sampleRateHz / MIN_F0_HZ * 1.05) + 2;
  }

  private static double[] windowAutocorrelation(double[] w, int fftSize) {
    int maxLag = w.length - 1;
    double[] r = new double[maxLag + 1];
    for (int l = 0; l <= maxLag; l++) {
      double s = 0;
      for (int n = 0; n + l < w.length; n++) {
        s += w[n] * w[n + l];
      }
      r[l] = s;
    }
    double r0 = r[0];
    for (int l = 0; l <= maxLag; l++) {
      r[l] /= r0;
    }
    return r;
  }

  /**
   * Candidates of one frame from its power spectrum and autocorrelation (lags [0, maxLag()]).
   */
  PitchCandidates candidates(double[] power, double[] acf, double relativePeak) {
    if (!(acf[0] > 1e-20)) {
      return new PitchCandidates(new double[0], new double[0], new double[0], relativePeak);
    }
    int points = grid.length;
    for (int j = 0; j < points; j++) {
      double m = 0;
      for (int k = binFrom[j]; k <= binTo[j]; k++) {
        m = Math.max(m, power[k]);
      }
      // The square root is monotonic, so the peak magnitude is the root of the peak power.
      grid[j] = Math.sqrt(m) * gridWeight[j];
    }
    double best = 0;
    for (int c = candFrom; c <= candTo; c++) {
      double s = 0;
      for (int h = 0; h < HARMONICS; h++) {
        int at = c + harmonicOffset[h];
        if (at >= points) {
          break;
        }
        s += harmonicWeight[h] * grid[at];
      }
      shs[c] = s;
      best = Math.max(best, s);
    }
    if (!(best > 0)) {
      return new PitchCandidates(new double[0], new double[0], new double[0], relativePeak);
    }
    double[] f = new double[MAX_CANDIDATES];
    double[] score = new double[MAX_CANDIDATES];
    int n = 0;
    for (int c = candFrom; c <= candTo; c++) {
      double left = c > candFrom ? shs[c - 1] : -1;
      double right = c < candTo ? shs[c + 1] : -1;
      if (shs[c] > left && shs[c] >= right) {
        double delta = 0;
        if (left >= 0 && right >= 0) {
          double den = left - 2 * shs[c] + right;
          delta = den < 0 ? 0.5 * (left - right) / den : 0;
        }
        double freq = GRID_MIN_HZ * Math.pow(2, (c + delta) / POINTS_PER_OCTAVE);
        n = insert(f, score, n, freq, shs[c] / best);
      }
    }
    double[] fs = Arrays.copyOf(f, n);
    double[] sc = Arrays.copyOf(score, n);
    double[] per = new double[n];
    for (int i = 0; i < n; i++) {
      double[] refined = periodicity(acf, fs[i]);
      per[i] = refined[1];
      if (refined[0] > 0) {
        fs[i] = refined[0];
      }
    }
    return new PitchCandidates(fs, sc, per, relativePeak);
  }

  /** Keeps the best MAX_CANDIDATES by score, sorted descending; returns the new count. */
  private static int insert(double[] f, double[] score, int n, double freq, double s) {
    int pos = n;
    while (pos > 0 && score[pos - 1] < s) {
      pos--;
    }
    if (pos >= MAX_CANDIDATES) {
      return n;
    }
    int last = Math.min(n, MAX_CANDIDATES - 1);
    for (int i = last; i > pos; i--) {
      f[i] = f[i - 1];
      score[i] = score[i - 1];
    }
    f[pos] = freq;
    score[pos] = s;
    return Math.min(n + 1, MAX_CANDIDATES);
  }

  /**
   * {frequency, r}: the normalised, window-corrected autocorrelation peak nearest the period of
   * {@code f0Hz} (within 6 %), refined by parabolic interpolation; frequency 0 if none.
   */
  private double[] periodicity(double[] acf, double f0Hz) {
    double lag = sampleRateHz / f0Hz;
    int lo = Math.max(2, (int) Math.floor(lag * 0.94));
    int hi = Math.min(Math.min(acf.length - 2, windowAcf.length - 2), (int) Math.ceil(lag * 1.06));
    double r0 = acf[0];
    int bestLag = -1;
    double bestR = -1;
    for (int l = lo; l <= hi; l++) {
      double r = acf[l] / (r0 * windowAcf[l]);
      if (r > bestR) {
        bestR = r;
        bestLag = l;
      }
    }
    if (bestLag < 0) {
      return new double[] {0, 0};
    }
    double rl = acf[bestLag - 1] / (r0 * windowAcf[bestLag - 1]);
    double rr = acf[bestLag + 1] / (r0 * windowAcf[bestLag + 1]);
    double den = rl - 2 * bestR + rr;
    double delta = den < 0 ? 0.5 * (rl - rr) / den : 0;
    double peak = bestR - 0.25 * (rl - rr) * delta;
    boolean interior = bestLag > lo && bestLag < hi;
    double freq = interior ? sampleRateHz / (bestLag + delta) : 0;
    return new double[] {freq, Math.max(-1, Math.min(1, peak))};
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
