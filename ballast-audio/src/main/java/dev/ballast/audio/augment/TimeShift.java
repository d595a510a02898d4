package dev.ballast.audio.augment;

import dev.ballast.audio.AudioClip;
import java.util.SplittableRandom;

/**
 * Shifts the waveform by a whole number of samples drawn uniformly in
 * [{@code -maxShiftSec}, {@code +maxShiftSec}] (rounded to samples, capped at the clip's length);
 * a positive shift delays. {@link Mode#CIRCULAR} wraps what falls off one end round to the other
 * (length and energy kept); {@link Mode#ZERO_FILL} fills the vacated part with silence.
 */
public final class TimeShift extends WaveformAugmentation {

  /** What fills the part the shift vacates. */
  public enum Mode {
    CIRCULAR("circular"), ZERO_FILL("zero");

    private final String specName;

    Mode(String specName) {
      this.specName = specName;
    }

    public String specName() {
      return specName;
    }
  }

  private final double maxShiftSec;
  private final Mode mode;

  public TimeShift(double maxShiftSec, Mode mode) {
    if (!(maxShiftSec >= 0 && Double.isFinite(maxShiftSec))) {
      throw new IllegalArgumentException("shift: maxShiftSec must be a finite number >= 0, got "
          + maxShiftSec + "; write e.g. shift=0.1 for up to 100 ms either way");
    }
    this.maxShiftSec = maxShiftSec;
    this.mode = java.util.Objects.requireNonNull(mode, "mode");
  }

  public double maxShiftSec() {
    return maxShiftSec;
  }

  public Mode mode() {
    return mode;
  }

  @Override
  protected AudioClip transform(AudioClip clip, SplittableRandom random) {
    int n = clip.length();
    long maxSamples = Math.min(n - 1L, Math.round(maxShiftSec * clip.sampleRateHz()));
    int shift = maxSamples == 0 ? 0 : (int) random.nextLong(-maxSamples, maxSamples + 1);
    return new AudioClip(shifted(clip.samples(), shift), clip.sampleRateHz());
  }

  /** {@code x} delayed by {@code shift} samples (negative = advanced). */
  float[] shifted(float[] x, int shift) {
    int n = x.length;
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      int to = i + shift;
      if (mode == Mode.CIRCULAR) {
        y[Math.floorMod(to, n)] = x[i];
      } else if (to >= 0 && to < n) {
        y[to] = x[i];
      }
    }
    return y;
  }

  @Override
  public String spec() {
    return "shift=" + maxShiftSec + ":" + mode.specName();
  }
}
