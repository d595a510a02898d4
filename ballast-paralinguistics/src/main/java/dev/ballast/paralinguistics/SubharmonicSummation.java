package dev.ballast.paralinguistics;

import java.util.Arrays;

/**
 * Pitch candidates of one frame by subharmonic summation (Hermes 1988) on an
 * {@link OctaveSpectrum}, as openSMILE's eGeMAPS configures it: 15 harmonics compressed by 0.85
 * each, the 6 highest peaks of the summed spectrum over the whole axis, each refined by a parabola
 * through its neighbours; a candidate's voicing is 1 - (mean of the summed spectrum) / (its peak).
 * Candidates outside [{@link #MIN_F0_HZ}, {@link #MAX_F0_HZ}] are dropped afterwards, and the
 * highest-scoring survivor is moved to the front. Not thread-safe (keeps work arrays).
 */
final class SubharmonicSummation {
  static final int CANDIDATES = 6;
  static final double MIN_F0_HZ = 55;
  static final double MAX_F0_HZ = 1000;
  private static final int HARMONICS = 15;
  private static final double COMPRESSION = 0.85;

  private final OctaveSpectrum axis;
  private final int[] shift = new int[HARMONICS];
  private final double[] weight = new double[HARMONICS];
  private final double[] sum;
  private final int[] peak = new int[CANDIDATES];
  private final double[] peakValue = new double[CANDIDATES];
  private final double[] score = new double[CANDIDATES];

  SubharmonicSummation(OctaveSpectrum axis) {
    this.axis = axis;
    for (int h = 0; h < HARMONICS; h++) {
      shift[h] = (int) Math.floor(axis.pointsPerOctave() * OctaveSpectrum.log2(h + 1));
      weight[h] = Math.pow(COMPRESSION, h);
    }
    sum = new double[axis.points()];
  }

  /**
   * Fills {@code f0Hz} and {@code voicing} ({@link #CANDIDATES} slots each; unused slots 0) from
   * the octave-scale spectrum {@code octave}.
   */
  void candidates(double[] octave, double[] f0Hz, double[] voicing) {
    int n = axis.points();
    Arrays.fill(sum, 0, n, 0);
    for (int h = 0; h < HARMONICS; h++) {
      int s = shift[h];
      double w = weight[h];
      for (int j = s; j < n; j++) {
        sum[j - s] += w * octave[j];
      }
    }
    double mean = 0;
    for (int j = 0; j < n; j++) {
      sum[j] = Math.max(0, sum[j] / HARMONICS);
      mean += sum[j];
    }
    mean /= n;

    int found = 0;
    Arrays.fill(peakValue, 0);
    for (int i = 1; i < n - 1; i++) {
      double v = sum[i];
      // A point not above the lowest of six peaks kept (0 until six are) cannot be kept; that test
      // is predictable and spares most points the local-maximum test, which is not.
      if (!(v > peakValue[CANDIDATES - 1]) || !(sum[i - 1] < v && v > sum[i + 1])) {
        continue;
      }
      int at = 0;
      while (at < CANDIDATES && peakValue[at] != 0 && peakValue[at] >= v) {
        at++;
      }
      if (at == CANDIDATES) {
        continue;
      }
      System.arraycopy(peakValue, at, peakValue, at + 1, CANDIDATES - 1 - at);
      System.arraycopy(peak, at, peak, at + 1, CANDIDATES - 1 - at);
      peakValue[at] = v;
      peak[at] = i;
      found = Math.min(CANDIDATES, found + 1);
    }

    Arrays.fill(f0Hz, 0);
    Arrays.fill(voicing, 0);
    Arrays.fill(score, 0);
    int kept = 0;
    double step = axis.stepOctaves();
    for (int c = 0; c < found; c++) {
      int j = peak[c];
      double left = sum[j - 1];
      double mid = sum[j];
      double right = sum[j + 1];
      // Parabola through the three points (abscissae in octaves), vertex position and height.
      double delta = PeakParabola.offset(left, mid, right);
      double top = PeakParabola.height(left, mid, right);
      double f = Math.pow(2, axis.log2MinHz() + (j + delta) * step);
      if (f < MIN_F0_HZ || f > MAX_F0_HZ) {
        continue;
      }
      f0Hz[kept] = f;
      score[kept] = top;
      voicing[kept] = top > 0 && top > mean ? 1 - mean / top : 0;
      kept++;
    }
    int best = 0;
    for (int c = 1; c < CANDIDATES; c++) {
      if (score[c] > score[best]) {
        best = c;
      }
    }
    if (best > 0) {
      swap(f0Hz, 0, best);
      swap(voicing, 0, best);
    }
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
