package dev.ballast.audio;

import java.util.Objects;

/**
 * A mono clip of audio: {@code samples} are in [-1, 1) full scale (16-bit value / 32768), at
 * {@code sampleRateHz}. The array is owned by the clip; callers must not modify it.
 */
public record AudioClip(float[] samples, int sampleRateHz) {

  public AudioClip {
    Objects.requireNonNull(samples, "samples");
    if (sampleRateHz <= 0) {
      throw new IllegalArgumentException(
          "sampleRateHz must be positive, got " + sampleRateHz + "; pass the file's sample rate");
    }
  }

  public int length() {
    return samples.length;
  }

  public double durationSec() {
    return samples.length / (double) sampleRateHz;
  }

  /**
   * The part of this clip between {@code startSec} and {@code endSec} (exclusive); {@code endSec}
   * beyond the end is clamped to the end by at most one frame of rounding, anything further is an
   * error because the annotation does not fit the audio.
   */
  public AudioClip slice(double startSec, double endSec) {
    if (!(startSec >= 0) || !(endSec > startSec)) {
      throw new IllegalArgumentException(
          "segment must satisfy 0 <= start_sec < end_sec, got start_sec=" + startSec
              + " end_sec=" + endSec + "; fix the segment bounds");
    }
    double toleranceSec = 0.01;
    if (endSec > durationSec() + toleranceSec) {
      throw new IllegalArgumentException(
          "segment end_sec=" + endSec + " lies beyond the audio, which lasts " + durationSec()
              + " s; fix end_sec or the path");
    }
    int from = (int) Math.round(startSec * sampleRateHz);
    int to = (int) Math.min(samples.length, Math.round(endSec * sampleRateHz));
    if (to <= from) {
      throw new IllegalArgumentException(
          "segment [" + startSec + ", " + endSec + ") holds no samples at " + sampleRateHz + " Hz");
    }
    float[] part = new float[to - from];
    System.arraycopy(samples, from, part, 0, part.length);
    return new AudioClip(part, sampleRateHz);
  }
}
