package dev.ballast.audio.augment;

import dev.ballast.audio.AudioClip;
import java.util.SplittableRandom;

/**
 * Adds white Gaussian noise at a signal-to-noise ratio drawn uniformly in
 * [{@code minSnrDb}, {@code maxSnrDb}]: the noise's standard deviation is
 * {@code rms(clip) / 10^(snrDb/20)}, the clip's RMS taken over the whole clip. A silent clip (RMS
 * 0) has no defined SNR and is returned unchanged.
 */
public final class AdditiveNoise extends WaveformAugmentation {
  private final double minSnrDb;
  private final double maxSnrDb;

  public AdditiveNoise(double minSnrDb, double maxSnrDb) {
    if (!(Double.isFinite(minSnrDb) && Double.isFinite(maxSnrDb) && minSnrDb <= maxSnrDb)) {
      throw new IllegalArgumentException("noise SNR range must be finite with minSnrDb <= "
          + "maxSnrDb, got [" + minSnrDb + ", " + maxSnrDb + "] dB; write e.g. noise=10:30");
    }
    this.minSnrDb = minSnrDb;
    this.maxSnrDb = maxSnrDb;
  }

  public double minSnrDb() {
    return minSnrDb;
  }

  public double maxSnrDb() {
    return maxSnrDb;
  }

  @Override
  protected AudioClip transform(AudioClip clip, SplittableRandom random) {
    float[] x = clip.samples();
    double snrDb = uniform(random, minSnrDb, maxSnrDb);
    double rms = rms(x);
    if (rms == 0) {
      return clip;
    }
    double sigma = rms / Math.pow(10, snrDb / 20);
    float[] y = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = (float) (x[i] + sigma * random.nextGaussian());
    }
    return new AudioClip(y, clip.sampleRateHz());
  }

  static double rms(float[] x) {
    double sum = 0;
    for (float v : x) {
      sum += v * (double) v;
    }
    return Math.sqrt(sum / x.length);
  }

  @Override
  public String spec() {
    return "noise=" + minSnrDb + ":" + maxSnrDb;
  }
}
