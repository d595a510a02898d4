package dev.ballast.paralinguistics;

/**
 * MFCC 1..{@value #LAST} as openSMILE's eGeMAPS computes them in HTK-compatible mode:
 * {@value #BANDS} mel bands (20 Hz to 8 kHz or the band limit) of the power spectrum at 16-bit
 * sample scale, natural log floored at 0, orthonormal DCT-II, sinusoidal lifter 22. C0 is not
 * produced. Not thread-safe.
 */
final class MelCepstrum {
  static final int BANDS = 26;
  static final int LAST = 4;
  private static final double LIFTER = 22;
  /** HTK works on samples in [-32767, 32767]; a power spectrum of samples in [-1, 1] is scaled up. */
  private static final double HTK_POWER_SCALE = 32767.0 * 32767.0;

  private final BandWeights bands;
  private final double[][] dct;
  private final double[] energy = new double[BANDS];

  MelCepstrum(int sampleRateHz, int fftSize, double bandLimitHz) {
    bands = BandWeights.mel(BANDS, 20, Math.min(8000, bandLimitHz), sampleRateHz, fftSize);
    dct = new double[LAST][BANDS];
    for (int c = 1; c <= LAST; c++) {
      double lift = 1 + LIFTER / 2 * Math.sin(Math.PI * c / LIFTER);
      for (int b = 0; b < BANDS; b++) {
        dct[c - 1][b] = lift * Math.sqrt(2.0 / BANDS) * Math.cos(Math.PI * c * (b + 0.5) / BANDS);
      }
    }
  }

  /** Writes MFCC 1..LAST into {@code out[0 .. LAST)}. */
  void compute(double[] power, double[] out) {
    bands.apply(power, energy);
    for (int b = 0; b < BANDS; b++) {
      energy[b] = Math.log(Math.max(energy[b] * HTK_POWER_SCALE, 1));
    }
    for (int c = 0; c < LAST; c++) {
      double s = 0;
      for (int b = 0; b < BANDS; b++) {
        s += dct[c][b] * energy[b];
      }
      out[c] = s;
    }
  }
}
