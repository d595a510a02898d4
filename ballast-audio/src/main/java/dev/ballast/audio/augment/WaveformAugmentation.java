package dev.ballast.audio.augment;

import dev.ballast.audio.AudioClip;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * One random transformation of a waveform (gain, time shift, noise, speed). Randomness comes only
 * from the {@link SplittableRandom} passed in, so the same clip and the same random state give the
 * same output. The input clip is never modified.
 *
 * <p>{@link #apply} validates once; subclasses implement the {@link #transform} hook.
 */
public abstract class WaveformAugmentation {

  /** The transformed clip (a new clip; {@code clip} is left untouched). */
  public final AudioClip apply(AudioClip clip, SplittableRandom random) {
    Objects.requireNonNull(clip, "clip");
    Objects.requireNonNull(random, "random");
    if (clip.length() == 0) {
      throw new IllegalArgumentException("cannot augment an empty clip (0 samples at "
          + clip.sampleRateHz() + " Hz); drop the row or fix its segment bounds");
    }
    return transform(clip, random);
  }

  /** The work: {@code clip} holds at least one sample. */
  protected abstract AudioClip transform(AudioClip clip, SplittableRandom random);

  /** This augmentation in the chain syntax of {@link AugmentationChain#parse}, canonical form. */
  public abstract String spec();

  @Override
  public String toString() {
    return spec();
  }

  /** Uniform in [min, max]; exactly {@code min} when the range is a point. */
  static double uniform(SplittableRandom random, double min, double max) {
    return min == max ? min : min + (max - min) * random.nextDouble();
  }
}
