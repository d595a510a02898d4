package dev.ballast.paralinguistics;

/**
 * Spectral balance of one short-term power spectrum: alpha ratio (dB energy 1-5 kHz over 0-1 kHz,
 * DC included as openSMILE has it), Hammarberg index (dB strongest bin 0-2 kHz over 2-5 kHz),
 * spectral slopes (dB per Hz, least squares over 0-500 Hz and 500-1500 Hz) and spectral flux (as
 * openSMILE: root of the summed squared change of the magnitude spectrum below 5 kHz from the
 * previous frame, per bin of the whole spectrum). Bands end at the recording's band limit when
 * that is lower. Not thread-safe: keeps the previous frame for the flux.
 */
final class SpectralDescriptors {
  static final int ALPHA = 0;
  static final int HAMMARBERG = 1;
  static final int SLOPE_0_500 = 2;
  static final int SLOPE_500_1500 = 3;
  static final int FLUX = 4;
  static final int COUNT = 5;
  private static final double FLOOR = 1e-12;
  private static final double FLUX_TOP_HZ = 5000;

  private final double binHz;
  private final int[] alphaLow;
  private final int[] alphaHigh;
  private final int[] hamLow;
  private final int[] hamHigh;
  private final int[] slopeA;
  private final int[] slopeB;
  /** Power gain to openSMILE's spectrum over its bin count, under the flux's root. */
  private final double fluxScale;
  private final int fluxLastBin;
  private final double[] previous;
  private final double[] magnitude;
  private boolean havePrevious;

  SpectralDescriptors(int sampleRateHz, int fftSize, double bandLimitHz, double fluxScale) {
    binHz = sampleRateHz / (double) fftSize;
    double top = Math.min(5000, bandLimitHz);
    alphaLow = range(0, 1000);
    alphaHigh = new int[] {range(1000, top)[0], (int) Math.floor(top / binHz)};
    hamLow = range(0, 2000);
    hamHigh = new int[] {range(2000, top)[0], (int) Math.floor(top / binHz)};
    slopeA = range(0, 500);
    slopeB = range(500, 1500);
    this.fluxScale = fluxScale;
    fluxLastBin = range(0, Math.min(FLUX_TOP_HZ, bandLimitHz))[1];
    previous = new double[fftSize / 2 + 1];
    magnitude = new double[fftSize / 2 + 1];
  }

  /** Bins [first, last] with frequency in [loHz, hiHz], last exclusive of hiHz itself. */
  private int[] range(double loHz, double hiHz) {
    int first = (int) Math.ceil(loHz / binHz);
    int last = (int) Math.ceil(hiHz / binHz) - 1;
    return new int[] {first, last};
  }

  void compute(double[] power, double[] out) {
    int bins = magnitude.length;
    out[ALPHA] = 10 * Math.log10(Math.max(sum(power, alphaHigh), FLOOR)
        / Math.max(sum(power, alphaLow), FLOOR));
    out[HAMMARBERG] = 10 * Math.log10(Math.max(max(power, hamLow), FLOOR)
        / Math.max(max(power, hamHigh), FLOOR));
    out[SLOPE_0_500] = slope(power, slopeA);
    out[SLOPE_500_1500] = slope(power, slopeB);
    double flux = 0;
    for (int k = 0; k < bins; k++) {
      magnitude[k] = Math.sqrt(power[k]);
      if (havePrevious && k <= fluxLastBin) {
        double d = magnitude[k] - previous[k];
        flux += d * d;
      }
    }
    out[FLUX] = Math.sqrt(fluxScale * flux);
    System.arraycopy(magnitude, 0, previous, 0, bins);
    havePrevious = true;
  }

  private static double sum(double[] p, int[] r) {
    double s = 0;
    for (int k = r[0]; k <= Math.min(r[1], p.length - 1); k++) {
      s += p[k];
    }
    return s;
  }

  private static double max(double[] p, int[] r) {
    double m = 0;
    for (int k = r[0]; k <= Math.min(r[1], p.length - 1); k++) {
      m = Math.max(m, p[k]);
    }
    return m;
  }

  private double slope(double[] p, int[] r) {
    int last = Math.min(r[1], p.length - 1);
    int n = last - r[0] + 1;
    if (n < 2) {
      return 0;
    }
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int k = r[0]; k <= last; k++) {
      double x = k * binHz;
      double y = 10 * Math.log10(Math.max(p[k], FLOOR));
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    double den = n * sxx - sx * sx;
    return den > 0 ? (n * sxy - sx * sy) / den : 0;
  }
}
