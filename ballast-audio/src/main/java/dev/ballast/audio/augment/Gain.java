package dev.ballast.audio.augment;

import dev.ballast.audio.AudioClip;
import java.util.SplittableRandom;

/**
 * Scales the waveform by a gain drawn uniformly in [{@code minDb}, {@code maxDb}] decibels
 * (amplitude factor {@code 10^(dB/20)}). Samples are not clipped: floats keep the headroom, as a
 * recording made at a different input level would.
 */
public final class Gain extends WaveformAugmentation {
  /** Larger gains are almost surely a typo (a factor of 1,000 in amplitude). */
  static final double MAX_ABS_DB = 60;
  private final double minDb;
  private final double maxDb;

  public Gain(double minDb, double maxDb) {
    if (!(Math.abs(minDb) <= MAX_ABS_DB && Math.abs(maxDb) <= MAX_ABS_DB && minDb <= maxDb)) {
      throw new IllegalArgumentException("gain range must satisfy -" + MAX_ABS_DB
          + " <= minDb <= maxDb <= " + MAX_ABS_DB + ", got [" + minDb + ", " + maxDb
          + "] dB; write e.g. gain=6 for +-6 dB or gain=-3:6");
    }
    this.minDb = minDb;
    this.maxDb = maxDb;
  }

  public double minDb() {
    return minDb;
  }

  public double maxDb() {
    return maxDb;
  }

  @Override
  protected AudioClip transform(AudioClip clip, SplittableRandom random) {
    float factor = (float) Math.pow(10, uniform(random, minDb, maxDb) / 20);
    float[] x = clip.samples();
    float[] y = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] * factor;
    }
    return new AudioClip(y, clip.sampleRateHz());
  }

  @Override
  public String spec() {
    return "gain=" + minDb + ":" + maxDb;
  }
}
