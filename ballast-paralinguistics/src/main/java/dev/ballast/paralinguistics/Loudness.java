package dev.ballast.paralinguistics;

/**
 * Loudness as openSMILE's eGeMAPS derives it from an auditory spectrum: {@value #BANDS} mel bands
 * (20 Hz to 8 kHz or the band limit) of the power spectrum, each floored at {@value #FLOOR},
 * weighted by Hermansky's equal-loudness curve (in openSMILE's form, with its high-frequency
 * roll-off) at the band's centre, compressed with the {@value #COMPRESSION} power law, and averaged
 * over the bands. Not thread-safe.
 */
final class Loudness {
  static final int BANDS = 26;
  static final double COMPRESSION = 0.33;
  private static final double FLOOR = 9.3e-10;

  private final BandWeights bands;
  private final double[] equalLoudness;
  private final double[] energy;
  private final double scale;

  /**
   * Loudness of power spectra of {@code fftSize} points at {@code sampleRateHz}, multiplied by
   * {@code scale}.
   */
  Loudness(int sampleRateHz, int fftSize, double bandLimitHz, double scale) {
    bands = BandWeights.mel(BANDS, 20, Math.min(8000, bandLimitHz), sampleRateHz, fftSize);
    equalLoudness = new double[BANDS];
    for (int b = 0; b < BANDS; b++) {
      equalLoudness[b] = equalLoudness(bands.centreHz(b));
    }
    energy = new double[BANDS];
    this.scale = scale;
  }

  /** Hermansky's (1990) equal-loudness weight, with the extra roll-off openSMILE applies. */
  static double equalLoudness(double hz) {
    double w = 2 * Math.PI * hz;
    double w2 = w * w;
    double c = w2 + 6.3e6;
    return 1e32 * (w2 + 56.8e6) * w2 * w2 / (c * c * (w2 + 0.38e9) * (w2 * w2 * w2 * w + 1.7e31));
  }

  double compute(double[] power) {
    bands.apply(power, energy);
    double sum = 0;
    for (int b = 0; b < BANDS; b++) {
      sum += Math.pow(Math.max(energy[b], FLOOR) * equalLoudness[b], COMPRESSION);
    }
    return scale * sum / BANDS;
  }
}
