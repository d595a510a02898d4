package dev.ballast.paralinguistics;

import java.util.Arrays;

/**
 * A linear magnitude spectrum re-sampled onto a log2 (octave) frequency axis for subharmonic
 * summation, prepared as openSMILE prepares it for eGeMAPS: peaks sharpened (everything more than
 * two bins away from the nearest local maxima is cleared), smoothed with a 1-2-1 kernel, natural
 * cubic spline interpolation onto as many equally spaced log-frequency points as the spectrum has
 * bins (from {@link #MIN_HZ} to Nyquist), then weighted by an auditory sensitivity curve and
 * floored at 0. Not thread-safe (keeps work arrays).
 */
final class OctaveSpectrum {
  static final double MIN_HZ = 25;

  private final int bins;
  private final double log2MinHz;
  private final double stepOctaves;
  private final double pointsPerOctave;
  /** log2 frequency of each bin; bin 0 (DC) is extrapolated linearly from bins 1 and 2. */
  private final double[] binLog2;
  /** Natural spline elimination factors, per bin, that depend on the abscissae only. */
  private final double[] sig;
  private final double[] invPivot;
  /** For each target point: the bin interval it falls in and its interpolation weights. */
  private final int[] lower;
  private final double[] wa;
  private final double[] wb;
  private final double[] wh2;
  private final double[] auditory;
  /** Spline second derivatives of the frame being mapped. */
  private final double[] y2;
  /** Positions of the local maxima of the frame being sharpened, ascending. */
  private final int[] maxima;

  /**
   * @param sampleRateHz rate of the analysed frames
   * @param fftSize FFT length; the spectrum has fftSize / 2 + 1 bins
   */
  OctaveSpectrum(int sampleRateHz, int fftSize) {
    bins = fftSize / 2 + 1;
    double binHz = sampleRateHz / (double) fftSize;
    double maxHz = binHz * (bins - 1);
    log2MinHz = log2(MIN_HZ);
    double octaves = log2(maxHz / MIN_HZ);
    stepOctaves = (log2(maxHz) - log2MinHz) / (bins - 1);
    // openSMILE's nominal density (points / octaves), used for harmonic shifts and weighting.
    pointsPerOctave = bins / octaves;

    binLog2 = new double[bins];
    for (int k = 1; k < bins; k++) {
      binLog2[k] = log2(k * binHz);
    }
    binLog2[0] = 2 * binLog2[1] - binLog2[2];

    sig = new double[bins];
    invPivot = new double[bins];
    double prevY2 = 0; // natural boundary: second derivative 0 at both ends
    for (int k = 1; k < bins - 1; k++) {
      sig[k] = (binLog2[k] - binLog2[k - 1]) / (binLog2[k + 1] - binLog2[k - 1]);
      double p = sig[k] * prevY2 + 2;
      invPivot[k] = 1 / p;
      prevY2 = (sig[k] - 1) / p;
    }

    lower = new int[bins];
    wa = new double[bins];
    wb = new double[bins];
    wh2 = new double[bins];
    int k = 0;
    for (int i = 0; i < bins; i++) {
      double x = log2MinHz + i * stepOctaves;
      while (k < bins - 2 && binLog2[k + 1] < x) {
        k++;
      }
      double h = binLog2[k + 1] - binLog2[k];
      lower[i] = k;
      wa[i] = (binLog2[k + 1] - x) / h;
      wb[i] = (x - binLog2[k]) / h;
      wh2[i] = h * h / 6;
    }

    auditory = new double[bins];
    double centre = pointsPerOctave * log2(65.0 / 50.0) - 1;
    for (int i = 0; i < bins; i++) {
      auditory[i] = 0.5 + Math.atan(3 * (i + 1 - centre) / pointsPerOctave) / Math.PI;
    }
    y2 = new double[bins];
    maxima = new int[bins];
  }

  /** Number of points on the octave axis (equal to the number of spectrum bins). */
  int points() {
    return bins;
  }

  /** log2 of the frequency of point 0. */
  double log2MinHz() {
    return log2MinHz;
  }

  /** Octaves between neighbouring points. */
  double stepOctaves() {
    return stepOctaves;
  }

  /** Nominal points per octave, as openSMILE states it (points / octaves spanned). */
  double pointsPerOctave() {
    return pointsPerOctave;
  }

  /**
   * Maps {@code magnitude} (|X(k)|, {@link #points()} bins; overwritten) onto the octave axis in
   * {@code out}.
   */
  void compute(double[] magnitude, double[] out) {
    sharpenPeaks(magnitude);
    smooth(magnitude, bins);
    secondDerivatives(magnitude);
    for (int i = 0; i < bins; i++) {
      int k = lower[i];
      double a = wa[i];
      double b = wb[i];
      double v = a * magnitude[k] + b * magnitude[k + 1]
          + ((a * a * a - a) * y2[k] + (b * b * b - b) * y2[k + 1]) * wh2[i];
      out[i] = v > 0 ? v * auditory[i] : 0;
    }
  }

  private void secondDerivatives(double[] y) {
    double[] u = y2; // forward pass keeps u in y2's slots, then back-substitutes in place
    y2[0] = 0;
    double prevU = 0;
    // each interval's slope serves as the right slope of one point and the left of the next
    double left = (y[1] - y[0]) / (binLog2[1] - binLog2[0]);
    for (int k = 1; k < bins - 1; k++) {
      double right = (y[k + 1] - y[k]) / (binLog2[k + 1] - binLog2[k]);
      double d = right - left;
      prevU = (6 * d / (binLog2[k + 1] - binLog2[k - 1]) - sig[k] * prevU) * invPivot[k];
      u[k] = prevU;
      left = right;
    }
    y2[bins - 1] = 0;
    double next = 0;
    for (int k = bins - 2; k >= 1; k--) {
      // y2[k] = c[k] * y2[k + 1] + u[k], c[k] = (sig - 1) / p
      next = (sig[k] - 1) * invPivot[k] * next + u[k];
      y2[k] = next;
    }
  }

  /**
   * Keeps each local maximum and two bins either side; clears the valleys between neighbouring
   * maxima. A spectrum with a single maximum keeps only bins 0-2 (openSMILE's behaviour). The
   * maxima are all found before anything is cleared, without a branch per bin; clearing stops two
   * bins short of a maximum, so it never changes the bins that decide a later one.
   */
  private void sharpenPeaks(double[] a) {
    int n = bins;
    if (n < 2) {
      return;
    }
    maxima[0] = 0;
    int count = a[0] > a[1] ? 1 : 0;
    for (int i = 1; i < n - 1; i++) {
      maxima[count] = i;
      count += a[i] > a[i - 1] & a[i] >= a[i + 1] ? 1 : 0;
    }
    maxima[count] = n - 1;
    count += a[n - 1] > a[n - 2] ? 1 : 0;
    if (count == 1) {
      // openSMILE reads the (absent) second maximum as position 0 here.
      Arrays.fill(a, 3, n, 0);
      return;
    }
    for (int m = 1; m < count; m++) {
      for (int j = maxima[m - 1] + 3; j <= maxima[m] - 3; j++) {
        a[j] = 0;
      }
    }
  }

  /** In-place (a[i-1] + 2 a[i] + a[i+1]) / 4 over the original values; the last bin is kept. */
  static void smooth(double[] a, int n) {
    double before = 0;
    for (int i = 0; i < n - 1; i++) {
      double ai = a[i];
      a[i] = (before + 2 * ai + a[i + 1]) / 4;
      before = ai;
    }
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
