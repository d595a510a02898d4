package dev.ballast.paralinguistics;

/**
 * Spectral balance of one short-term power spectrum, as openSMILE's {@code cSpectral} computes it
 * for eGeMAPS: alpha ratio (dB energy 1-5 kHz over 0-1 kHz, DC included), Hammarberg index (dB
 * strongest bin 0-2 kHz over 2-5 kHz), spectral slopes of the dB spectrum over 0-500 Hz and
 * 500-1500 Hz and spectral flux (root of the mean squared change of the magnitude spectrum below
 * 5 kHz from the previous frame). The slopes keep openSMILE's band arithmetic: the bins inside the
 * band plus the two edge bins, the edge bins' frequencies and values weighted by how much of them
 * lies inside, and the bin distance between the edges (not the bin count) as the number of points.
 * Bands end at the recording's band limit when that is lower. Not thread-safe: keeps the previous
 * frame for the flux.
 */
final class SpectralDescriptors {
  static final int ALPHA = 0;
  static final int HAMMARBERG = 1;
  static final int SLOPE_0_500 = 2;
  static final int SLOPE_500_1500 = 3;
  static final int FLUX = 4;
  static final int COUNT = 5;
  private static final double FLOOR = 1e-12;
  /** openSMILE's floor of the power spectrum before its log is taken for the slopes. */
  private static final double SLOPE_FLOOR = 1e-14;
  private static final double FLUX_TOP_HZ = 5000;

  private final double binHz;
  private final int[] alphaLow;
  private final int[] alphaHigh;
  private final int[] hamLow;
  private final int[] hamHigh;
  private final SlopeBand slopeA;
  private final SlopeBand slopeB;
  /** Power gain to openSMILE's spectrum over the flux's bin count, under its root. */
  private final double fluxScale;
  private final int fluxLastBin;
  private final double[] previous;
  private final double[] magnitude;
  private boolean havePrevious;

  /**
   * Descriptors of power spectra of {@code fftSize} points at {@code sampleRateHz}, whose power is
   * {@code powerGain} times too low for openSMILE's level (1 at the recording's own rate).
   */
  SpectralDescriptors(int sampleRateHz, int fftSize, double bandLimitHz, double powerGain) {
    binHz = sampleRateHz / (double) fftSize;
    double top = Math.min(5000, bandLimitHz);
    alphaLow = range(0, 1000);
    alphaHigh = new int[] {range(1000, top)[0], (int) Math.floor(top / binHz)};
    hamLow = range(0, 2000);
    hamHigh = new int[] {range(2000, top)[0], (int) Math.floor(top / binHz)};
    int bins = fftSize / 2 + 1;
    slopeA = new SlopeBand(0, 500, binHz, bins);
    slopeB = new SlopeBand(500, 1500, binHz, bins);
    int last = 0;
    while (last + 1 < bins && (last + 1) * binHz < FLUX_TOP_HZ
        && (last + 1) * binHz <= bandLimitHz) {
      last++;
    }
    fluxLastBin = last;
    this.fluxScale = powerGain / (last + 1);
    previous = new double[bins];
    magnitude = new double[bins];
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
    out[SLOPE_0_500] = slopeA.slope(power);
    out[SLOPE_500_1500] = slopeB.slope(power);
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

  /**
   * One slope band {@code [loHz, hiHz]}: from the bin below (or at) each edge, weighted by the part
   * of the bin spacing inside the band (1 when the edge is on a bin).
   */
  private static final class SlopeBand {
    private final int left;
    private final int right;
    private final double leftWeight;
    private final double rightWeight;
    private final double binHz;
    /** openSMILE's point count: the bin distance between the edges. */
    private final double n;
    private final double sf;
    private final double s2f;

    SlopeBand(double loHz, double hiHz, double binHz, int bins) {
      this.binHz = binHz;
      int above = 0;
      while (above < bins && above * binHz <= loHz) {
        above++;
      }
      left = Math.max(0, above - 1);
      double wl = above > 0 && above < bins ? (above * binHz - loHz) / binHz : 1;
      leftWeight = wl == 0 ? 1 : wl;
      int atOrAbove = 0;
      while (atOrAbove < bins && atOrAbove * binHz < hiHz) {
        atOrAbove++;
      }
      double wr = atOrAbove > 0 && atOrAbove < bins ? (hiHz - (atOrAbove - 1) * binHz) / binHz : 1;
      rightWeight = wr == 0 ? 1 : wr;
      int r = atOrAbove < bins && atOrAbove * binHz == hiHz ? atOrAbove : atOrAbove - 1;
      right = Math.min(r, bins - 1);
      n = right - left;
      double s = left * binHz * leftWeight;
      double s2 = s * s;
      for (int k = left + 1; k < right; k++) {
        s += k * binHz;
        s2 += (k * binHz) * (k * binHz);
      }
      double fr = right * binHz * rightWeight;
      sf = s + fr;
      s2f = s2 + fr * fr;
    }

    double slope(double[] p) {
      double yl = leftWeight * dB(p[left]);
      double sumA = left * binHz * yl;
      double sumB = yl;
      for (int k = left + 1; k < right; k++) {
        double y = dB(p[k]);
        sumA += k * binHz * y;
        sumB += y;
      }
      double yr = rightWeight * dB(p[right]);
      sumA += right * binHz * yr;
      sumB += yr;
      double den = n * s2f - sf * sf;
      return den != 0 ? (n * sumA - sf * sumB) / den : 0;
    }

    private static double dB(double power) {
      return 10 * Math.log10(Math.max(power, SLOPE_FLOOR));
    }
  }
}
