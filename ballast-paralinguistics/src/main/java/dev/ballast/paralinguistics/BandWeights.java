package dev.ballast.paralinguistics;

/**
 * A triangular mel filterbank over FFT bins, built as openSMILE's {@code cMelspec} builds it (the
 * HTK layout): band edges and centres equally spaced on the mel scale 1127 ln(1 + f / 700) from
 * the low to the high cut-off, each bin's weights linear in mel between the two centres around it,
 * and only the bins strictly between the cut-offs' nearest bins taking part. Stored sparsely: band
 * b covers bins {@code [first[b], first[b] + weights[b].length)}.
 */
final class BandWeights {
  private final int[] first;
  private final double[][] weights;
  private final double[] centreHz;

  private BandWeights(int[] first, double[][] weights, double[] centreHz) {
    this.first = first;
    this.weights = weights;
    this.centreHz = centreHz;
  }

  /** Applies the filters to {@code power}, writing one value per band into {@code out}. */
  void apply(double[] power, double[] out) {
    for (int b = 0; b < first.length; b++) {
      double s = 0;
      double[] w = weights[b];
      int f = first[b];
      for (int i = 0; i < w.length; i++) {
        s += w[i] * power[f + i];
      }
      out[b] = s;
    }
  }

  int bands() {
    return first.length;
  }

  /** The centre frequency of band {@code b} in Hz. */
  double centreHz(int b) {
    return centreHz[b];
  }

  static double toMel(double hz) {
    return hz > 0 ? 1127 * Math.log(1 + hz / 700) : 0;
  }

  static double fromMel(double mel) {
    return 700 * (Math.exp(mel / 1127) - 1);
  }

  /**
   * {@code bands} mel triangles from {@code lowHz} to {@code highHz} (at most the Nyquist
   * frequency) over the {@code fftSize / 2 + 1} bins of a spectrum at {@code sampleRateHz}.
   */
  static BandWeights mel(int bands, double lowHz, double highHz, int sampleRateHz, int fftSize) {
    int bins = fftSize / 2 + 1;
    double binHz = sampleRateHz / (double) fftSize;
    double hi = Math.min(highHz, sampleRateHz / 2.0);
    double lo = toMel(lowHz);
    double step = (toMel(hi) - lo) / (bands + 1);
    double[] edge = new double[bands + 2];
    for (int m = 0; m < edge.length; m++) {
      edge[m] = lo + m * step;
    }
    int lowBin = (int) Math.round(lowHz / binHz);
    int highBin = Math.min(bins, (int) Math.round(hi / binHz));
    double[][] dense = new double[bands][bins];
    int m = 0;
    for (int n = Math.max(0, lowBin + 1); n < highBin; n++) {
      double x = toMel(n * binHz);
      while (m + 1 < edge.length - 1 && x > edge[m + 1]) {
        m++;
      }
      // edge[m] < x <= edge[m + 1]: the falling side of band m - 1, the rising side of band m
      double falling = (edge[m + 1] - x) / (edge[m + 1] - edge[m]);
      if (m >= 1) {
        dense[m - 1][n] += falling;
      }
      if (m < bands) {
        dense[m][n] += 1 - falling;
      }
    }
    int[] first = new int[bands];
    double[][] weights = new double[bands][];
    double[] centre = new double[bands];
    for (int b = 0; b < bands; b++) {
      int f = 0;
      while (f < bins - 1 && dense[b][f] == 0) {
        f++;
      }
      int l = bins - 1;
      while (l > f && dense[b][l] == 0) {
        l--;
      }
      first[b] = f;
      weights[b] = java.util.Arrays.copyOfRange(dense[b], f, l + 1);
      centre[b] = fromMel(edge[b + 1]);
    }
    return new BandWeights(first, weights, centre);
  }
}
