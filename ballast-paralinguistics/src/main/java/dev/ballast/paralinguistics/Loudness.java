package dev.ballast.paralinguistics;

/**
 * Loudness from an auditory spectrum: {@value #BANDS} Bark bands (20 Hz to 8 kHz or the band limit) of the power
 * spectrum, weighted by the equal-loudness curve of Hermansky's PLP, compressed with the 0.33 power
 * law and summed. Not thread-safe.
 */
final class Loudness {
  static final int BANDS = 26;
  static final double COMPRESSION = 0.33;

  private final BandWeights bands;
  private final double[] equalLoudness;
  private final double[] energy;
  private final double scale;

  Loudness(int sampleRateHz, int fftSize, double bandLimitHz, double scale) {
    double top = Math.min(8000, bandLimitHz);
    bands = BandWeights.triangles(BandWeights.BARK, BANDS, 20, top, sampleRateHz, fftSize);
    equalLoudness = new double[BANDS];
    double lo = BandWeights.BARK.toScale(20);
    double step = (BandWeights.BARK.toScale(Math.min(top, sampleRateHz / 2.0)) - lo) / (BANDS + 1);
    for (int b = 0; b < BANDS; b++) {
      double f = BandWeights.BARK.toHz(lo + (b + 1) * step);
      double w2 = Math.pow(2 * Math.PI * f, 2);
      equalLoudness[b] = (w2 + 56.8e6) * w2 * w2 / (Math.pow(w2 + 6.3e6, 2) * (w2 + 0.38e9));
    }
    energy = new double[BANDS];
    this.scale = scale;
  }

  double compute(double[] power) {
    bands.apply(power, energy);
    double sum = 0;
    for (int b = 0; b < BANDS; b++) {
      sum += Math.pow(equalLoudness[b] * energy[b], COMPRESSION);
    }
    return scale * sum;
  }
}
