package dev.ballast.paralinguistics;

/**
 * Triangular band filters over FFT bins, stored sparsely: band b covers bins
 * {@code [first[b], first[b] + weights[b].length)}.
 */
final class BandWeights {
  final int[] first;
  final double[][] weights;

  private BandWeights(int[] first, double[][] weights) {
    this.first = first;
    this.weights = weights;
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

  /** Warping of frequency onto the scale on which bands are equally spaced. */
  interface Scale {
    double toScale(double hz);

    double toHz(double scale);
  }

  static final Scale MEL = new Scale() {
    @Override
    public double toScale(double hz) {
      return 1127 * Math.log(1 + hz / 700);
    }

    @Override
    public double toHz(double mel) {
      return 700 * (Math.exp(mel / 1127) - 1);
    }
  };

  /** Bark after Schroeder: 6 asinh(f / 600). */
  static final Scale BARK = new Scale() {
    @Override
    public double toScale(double hz) {
      double x = hz / 600;
      return 6 * Math.log(x + Math.sqrt(x * x + 1));
    }

    @Override
    public double toHz(double bark) {
      return 600 * Math.sinh(bark / 6);
    }
  };

  /** {@code bands} triangles equally spaced on {@code scale} between {@code lowHz} and {@code highHz}. */
  static BandWeights triangles(Scale scale, int bands, double lowHz, double highHz,
      int sampleRateHz, int fftSize) {
    double hi = Math.min(highHz, sampleRateHz / 2.0);
    double lo = scale.toScale(lowHz);
    double step = (scale.toScale(hi) - lo) / (bands + 1);
    double binHz = sampleRateHz / (double) fftSize;
    int[] first = new int[bands];
    double[][] weights = new double[bands][];
    for (int b = 0; b < bands; b++) {
      double left = scale.toHz(lo + b * step);
      double centre = scale.toHz(lo + (b + 1) * step);
      double right = scale.toHz(lo + (b + 2) * step);
      int k0 = (int) Math.ceil(left / binHz);
      int k1 = Math.min(fftSize / 2, (int) Math.floor(right / binHz));
      if (k1 < k0) {
        k1 = k0 = Math.min(fftSize / 2, (int) Math.round(centre / binHz));
      }
      first[b] = k0;
      weights[b] = new double[k1 - k0 + 1];
      for (int k = k0; k <= k1; k++) {
        double f = k * binHz;
        double w = f <= centre ? (f - left) / (centre - left) : (right - f) / (right - centre);
        weights[b][k - k0] = Math.max(0, w);
      }
      if (k0 == k1) {
        weights[b][0] = 1;
      }
    }
    return new BandWeights(first, weights);
  }
}
