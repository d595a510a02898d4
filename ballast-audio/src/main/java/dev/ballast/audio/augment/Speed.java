package dev.ballast.audio.augment;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.SampleRateConverter;
import java.util.SplittableRandom;

/**
 * Speed perturbation as in Kaldi / sox {@code speed}: the samples are re-read as if recorded at
 * {@code factor} times the rate and converted back with {@link SampleRateConverter}, so a factor
 * above 1 shortens the clip by {@code 1/factor} and raises every frequency (pitch and formants) by
 * {@code factor}. The factor is drawn uniformly in [{@code minFactor}, {@code maxFactor}] and
 * rounded to the nearest {@value #FACTOR_STEP} (a handful of cached converters instead of one per
 * clip; Kaldi itself uses only 0.9, 1.0 and 1.1).
 */
public final class Speed extends WaveformAugmentation {
  static final double FACTOR_STEP = 0.01;
  static final double MIN_FACTOR = 0.5;
  static final double MAX_FACTOR = 2.0;
  private final double minFactor;
  private final double maxFactor;

  public Speed(double minFactor, double maxFactor) {
    if (!(minFactor >= MIN_FACTOR && maxFactor <= MAX_FACTOR && minFactor <= maxFactor)) {
      throw new IllegalArgumentException("speed factors must satisfy " + MIN_FACTOR
          + " <= minFactor <= maxFactor <= " + MAX_FACTOR + ", got [" + minFactor + ", "
          + maxFactor + "]; write e.g. speed=0.9:1.1");
    }
    this.minFactor = minFactor;
    this.maxFactor = maxFactor;
  }

  public double minFactor() {
    return minFactor;
  }

  public double maxFactor() {
    return maxFactor;
  }

  @Override
  protected AudioClip transform(AudioClip clip, SplittableRandom random) {
    double factor = Math.round(uniform(random, minFactor, maxFactor) / FACTOR_STEP) * FACTOR_STEP;
    int rateHz = clip.sampleRateHz();
    int pretendRateHz = (int) Math.round(rateHz * factor);
    if (pretendRateHz == rateHz) {
      return clip;
    }
    return SampleRateConverter.convert(new AudioClip(clip.samples(), pretendRateHz), rateHz);
  }

  @Override
  public String spec() {
    return "speed=" + minFactor + ":" + maxFactor;
  }
}
