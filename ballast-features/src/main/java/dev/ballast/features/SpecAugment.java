package dev.ballast.features;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * SpecAugment's masking (Park et al. 2019, without time warping) on {@code float[frame][bin]}
 * features: {@code frequencyMasks} bands of bins, each of a width drawn uniformly in
 * [0, {@code maxMaskBins}], and {@code timeMasks} runs of frames, each of a width drawn uniformly in
 * [0, {@code maxMaskFrames}], are overwritten with the {@link Fill} value. A mask never exceeds the
 * input's size; masks may overlap. Seeded and pure: the input is left untouched.
 *
 * @param fill what masked cells hold; {@link Fill#MEAN} (the mean of the whole utterance before
 *     masking) is the usual choice for log-mel features, whose 0 is an arbitrary level
 */
public record SpecAugment(int frequencyMasks, int maxMaskBins, int timeMasks, int maxMaskFrames,
    Fill fill) {

  /** The value masked cells take. */
  public enum Fill {
    /** The mean over every frame and bin of the utterance (before masking). */
    MEAN,
    /** Zero, for features already normalised to zero mean. */
    ZERO
  }

  public SpecAugment {
    Objects.requireNonNull(fill, "fill");
    if (frequencyMasks < 0 || maxMaskBins < 0 || timeMasks < 0 || maxMaskFrames < 0) {
      throw new IllegalArgumentException("SpecAugment counts and widths must be >= 0, got "
          + frequencyMasks + " frequency masks of up to " + maxMaskBins + " bins and " + timeMasks
          + " time masks of up to " + maxMaskFrames + " frames; LibriSpeech's setting is 2, 27, "
          + "2, 100");
    }
  }

  /** A masked copy of {@code features} ({@code float[frame][bin]}); same seed, same masks. */
  public float[][] apply(float[][] features, long seed) {
    Objects.requireNonNull(features, "features");
    int frames = features.length;
    int bins = frames == 0 ? 0 : features[0].length;
    for (int t = 0; t < frames; t++) {
      if (features[t].length != bins) {
        throw new IllegalArgumentException("features must be float[frame][bin] with one width, "
            + "frame 0 has " + bins + " bins but frame " + t + " has " + features[t].length
            + "; pass a rectangular array");
      }
    }
    float[][] out = new float[frames][];
    for (int t = 0; t < frames; t++) {
      out[t] = features[t].clone();
    }
    if (frames == 0 || bins == 0) {
      return out;
    }
    float value = fill == Fill.ZERO ? 0f : mean(features);
    SplittableRandom random = new SplittableRandom(seed);
    for (int m = 0; m < frequencyMasks; m++) {
      int width = random.nextInt(Math.min(maxMaskBins, bins) + 1);
      int start = random.nextInt(bins - width + 1);
      for (float[] row : out) {
        java.util.Arrays.fill(row, start, start + width, value);
      }
    }
    for (int m = 0; m < timeMasks; m++) {
      int width = random.nextInt(Math.min(maxMaskFrames, frames) + 1);
      int start = random.nextInt(frames - width + 1);
      for (int t = start; t < start + width; t++) {
        java.util.Arrays.fill(out[t], value);
      }
    }
    return out;
  }

  private static float mean(float[][] x) {
    double sum = 0;
    for (float[] row : x) {
      for (float v : row) {
        sum += v;
      }
    }
    return (float) (sum / ((double) x.length * x[0].length));
  }
}
