package dev.ballast.paralinguistics;

/**
 * Harmonic level differences of one frame in dB from its magnitude spectrum and F0, numbered as
 * openSMILE's eGeMAPS numbers them: its "H1" is the first overtone (2 F0) and "H2" the second
 * (3 F0), with F0 itself as H0, so {@code H1-H2} is L(2 F0) - L(3 F0) and {@code H1-A3} is
 * L(2 F0) minus the strongest harmonic within 20 % of F3. Each formant's amplitude is its
 * strongest harmonic within 20 % relative to L(F0), 0 when no harmonic falls there. Each
 * harmonic's level is the spectral peak within 10 % of F0 of its nominal frequency.
 */
final class HarmonicAmplitudes {
  static final int H1_H2 = 0;
  static final int H1_A3 = 1;
  static final int FORMANT_REL = 2;
  static final int COUNT = 5;
  private static final double FLOOR = 1e-10;
  private static final double FORMANT_RANGE_LOW = 0.8;
  private static final double FORMANT_RANGE_HIGH = 1.2;

  private final double binHz;
  private final int lastBin;

  HarmonicAmplitudes(int sampleRateHz, int fftSize) {
    binHz = sampleRateHz / (double) fftSize;
    lastBin = fftSize / 2;
  }

  /** Writes H1-H2, H1-A3, A(F1), A(F2), A(F3) (dB, see above) into {@code out[offset ..]}. */
  void compute(double[] power, double f0Hz, double[] formantHz, float[] out, int offset) {
    double h0 = harmonic(power, f0Hz, 1);
    double h1 = harmonic(power, f0Hz, 2);
    double h2 = harmonic(power, f0Hz, 3);
    out[offset + H1_H2] = (float) dB(h1, h2);
    double a3 = strongestNear(power, f0Hz, formantHz[2]);
    out[offset + H1_A3] = a3 > 0 ? (float) dB(h1, a3) : 0f;
    for (int i = 0; i < 3; i++) {
      double a = strongestNear(power, f0Hz, formantHz[i]);
      out[offset + FORMANT_REL + i] = a > 0 ? (float) dB(a, h0) : 0f;
    }
  }

  /** The strongest harmonic between 0.8 and 1.2 times {@code formantHz}; 0 if none lies there. */
  private double strongestNear(double[] power, double f0Hz, double formantHz) {
    int first = Math.max(1, (int) Math.ceil(FORMANT_RANGE_LOW * formantHz / f0Hz));
    int last = (int) Math.floor(FORMANT_RANGE_HIGH * formantHz / f0Hz);
    double m = 0;
    for (int h = first; h <= last && h * f0Hz / binHz < lastBin; h++) {
      m = Math.max(m, harmonic(power, f0Hz, h));
    }
    return m;
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
