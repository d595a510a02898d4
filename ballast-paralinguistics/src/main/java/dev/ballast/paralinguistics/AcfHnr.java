package dev.ballast.paralinguistics;

/**
 * Harmonics-to-noise ratio (dB) of a frame from its plain autocorrelation at the pitch period, as
 * openSMILE's eGeMAPS computes {@code HNRdBACF}: the autocorrelation peak nearest the period lag
 * r(T0) against the rest of the energy, 10 log10(r(T0) / (r(0) - r(T0))). Unlike the pitch
 * tracker's periodicity the window's own decay is not corrected for, which keeps the values low.
 */
final class AcfHnr {
  /** openSMILE clamps the ratio to [1e-9, 1e11]. */
  private static final double MIN_RATIO = 1e-9;
  private static final double MAX_RATIO = 1e11;

  private AcfHnr() {}

  /**
   * @param acf autocorrelation of the windowed frame, lags [0, acf.length)
   * @param periodSamples the pitch period in samples (the lag searched first)
   */
  static double dB(double[] acf, double periodSamples) {
    int n = acf.length;
    int lag = closestPeak(acf, Math.min(n - 1, (int) Math.floor(periodSamples)));
    double r0 = Math.abs(acf[0]);
    double rt = Math.abs(acf[lag]);
    double rest = r0 - rt;
    double ratio = rest == 0 ? MAX_RATIO : rt / rest;
    return 10 * Math.log10(Math.max(MIN_RATIO, Math.min(MAX_RATIO, ratio)));
  }

  /** The local maximum nearest {@code at}, looking one lag below before one lag above. */
  private static int closestPeak(double[] x, int at) {
    if (isPeak(x, at)) {
      return at;
    }
    for (int o = 1; at - o > 0 || at + o < x.length - 1; o++) {
      if (at - o > 0 && isPeak(x, at - o)) {
        return at - o;
      }
      if (at + o < x.length - 1 && isPeak(x, at + o)) {
        return at + o;
      }
    }
    return at;
  }

  private static boolean isPeak(double[] x, int i) {
    return i > 0 && i + 1 < x.length && x[i] > x[i - 1] && x[i] > x[i + 1];
  }
}
