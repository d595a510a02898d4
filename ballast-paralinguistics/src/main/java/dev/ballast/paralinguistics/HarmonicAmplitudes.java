package dev.ballast.paralinguistics;

/**
 * Harmonic level differences of one frame in dB from its magnitude spectrum and F0: H1-H2, H1-A3
 * (A3 = the harmonic nearest F3) and, for each formant, the level of the harmonic nearest it
 * relative to H1. Each harmonic's level is the spectral peak within 10 % of F0 of its nominal
 * frequency.
 */
final class HarmonicAmplitudes {
  static final int H1_H2 = 0;
  static final int H1_A3 = 1;
  static final int FORMANT_REL = 2;
  static final int COUNT = 5;
  private static final double FLOOR = 1e-10;

  private final double binHz;
  private final int lastBin;

  HarmonicAmplitudes(int sampleRateHz, int fftSize) {
    binHz = sampleRateHz / (double) fftSize;
    lastBin = fftSize / 2;
  }

  /** Writes H1-H2, H1-A3, A(F1)/H1, A(F2)/H1, A(F3)/H1 (dB) into {@code out[offset ..]}. */
  void compute(double[] power, double f0Hz, double[] formantHz, float[] out, int offset) {
    double h1 = harmonic(power, f0Hz, 1);
    double h2 = harmonic(power, f0Hz, 2);
    out[offset + H1_H2] = (float) dB(h1, h2);
    out[offset + H1_A3] = (float) dB(h1, nearest(power, f0Hz, formantHz[2]));
    for (int i = 0; i < 3; i++) {
      out[offset + FORMANT_REL + i] = (float) dB(nearest(power, f0Hz, formantHz[i]), h1);
    }
  }

  private double nearest(double[] power, double f0Hz, double formantHz) {
    int h = Math.max(1, (int) Math.round(formantHz / f0Hz));
    return harmonic(power, f0Hz, h);
  }

  /** Peak power near harmonic {@code h}. */
  private double harmonic(double[] power, double f0Hz, int h) {
    double centre = h * f0Hz / binHz;
    double half = Math.max(1, 0.1 * f0Hz / binHz);
    int lo = Math.max(0, (int) Math.floor(centre - half));
    int hi = Math.min(lastBin, (int) Math.ceil(centre + half));
    double m = 0;
    for (int k = lo; k <= hi; k++) {
      m = Math.max(m, power[k]);
    }
    return m;
  }

  private static double dB(double p1, double p2) {
    return 10 * Math.log10(Math.max(p1, FLOOR) / Math.max(p2, FLOOR));
  }
}
