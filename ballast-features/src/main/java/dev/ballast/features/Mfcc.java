package dev.ballast.features;

import dev.ballast.audio.AudioClip;

/**
 * Kaldi-style MFCC: DCT-II (orthonormal) of the log-mel energies, cepstral liftering, and C0
 * replaced by the frame's log energy (Kaldi's {@code use_energy=true}).
 */
public final class Mfcc {
  private final KaldiFbank fbank;
  private final int numCeps;
  private final double[][] dct; // [cep][mel]
  private final double[] lifter;

  /**
   * @param numCeps cepstra kept, including C0
   * @param cepstralLifter Kaldi {@code cepstral_lifter} (22 by default), 0 for none
   */
  public Mfcc(FbankOptions options, int numCeps, double cepstralLifter) {
    if (numCeps < 1 || numCeps > options.numMelBins()) {
      throw new IllegalArgumentException("numCeps must be in [1, numMelBins="
          + options.numMelBins() + "], got " + numCeps);
    }
    this.fbank = new KaldiFbank(options);
    this.numCeps = numCeps;
    int m = options.numMelBins();
    dct = new double[numCeps][m];
    for (int k = 0; k < numCeps; k++) {
      double norm = k == 0 ? Math.sqrt(1.0 / m) : Math.sqrt(2.0 / m);
      for (int n = 0; n < m; n++) {
        dct[k][n] = norm * Math.cos(Math.PI / m * (n + 0.5) * k);
      }
    }
    lifter = new double[numCeps];
    for (int k = 0; k < numCeps; k++) {
      lifter[k] = cepstralLifter == 0 ? 1
          : 1.0 + 0.5 * cepstralLifter * Math.sin(Math.PI * k / cepstralLifter);
    }
  }

  /** Kaldi defaults: 23 mel bins, 13 cepstra, lifter 22. */
  public static Mfcc kaldiDefaults(int sampleRateHz) {
    return new Mfcc(FbankOptions.kaldiDefaults(sampleRateHz, 23), 13, 22);
  }

  public int numCeps() {
    return numCeps;
  }

  /** MFCCs, {@code float[frame][cep]}. */
  public float[][] compute(AudioClip clip) {
    float[] logEnergy = new float[fbank.options().numFrames(clip.length())];
    return fromFbank(fbank.compute(clip, logEnergy), logEnergy);
  }

  /**
   * MFCCs from already computed log-mel energies of the same options; {@code logEnergy} (may be
   * null) replaces C0.
   */
  public float[][] fromFbank(float[][] logMel, float[] logEnergy) {
    float[][] out = new float[logMel.length][numCeps];
    for (int f = 0; f < logMel.length; f++) {
      for (int k = 0; k < numCeps; k++) {
        double s = 0;
        for (int n = 0; n < logMel[f].length; n++) {
          s += dct[k][n] * logMel[f][n];
        }
        out[f][k] = (float) (s * lifter[k]);
      }
      if (logEnergy != null) {
        out[f][0] = logEnergy[f];
      }
    }
    return out;
  }

  public KaldiFbank fbank() {
    return fbank;
  }
}
