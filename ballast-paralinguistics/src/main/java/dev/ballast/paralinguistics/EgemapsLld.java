package dev.ballast.paralinguistics;

import java.util.List;
import java.util.Objects;

/**
 * Frame-level low-level descriptors of one clip, 10 ms hop, frame {@code t} starting at
 * {@code t * frameStepSec}.
 *
 * @param names the {@value Egemaps#LLD_COUNT} descriptor names, as openSMILE's eGeMAPSv02 writes them
 * @param values {@code float[descriptor][frame]}, in the order of {@code names}
 * @param voiced per frame, whether the pitch tracker found the frame voiced
 * @param f0Hz per frame, the unsmoothed F0 in Hz, 0 where unvoiced
 * @param meanSquare per frame, the mean square of the 20 ms frame (full scale 1), for sound level
 * @param frameStepSec the hop: 10 ms, rounded to whole samples of the recording
 * @param rawValues {@code float[descriptor][frame]} before smoothing (voice-source descriptors 0
 *     and formant amplitudes -201 in unvoiced frames), from which the voiced/unvoiced functionals
 *     are smoothed the way openSMILE smooths them
 * @param pitchFrames how many leading frames the pitch, voicing and voice-source functionals run
 *     over: one fewer than the full 60 ms pitch frames, as openSMILE's pitch level has (frames
 *     without a full pitch frame are unvoiced)
 */
public record EgemapsLld(List<String> names, float[][] values, boolean[] voiced, float[] f0Hz,
    float[] meanSquare, double frameStepSec, float[][] rawValues, int pitchFrames) {

  public EgemapsLld {
    names = List.copyOf(names);
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(rawValues, "rawValues");
    if (values.length != names.size() || rawValues.length != names.size()) {
      throw new IllegalArgumentException("values and rawValues must have one row per descriptor: "
          + names.size() + " names, " + values.length + " and " + rawValues.length + " rows");
    }
    if (pitchFrames < 0 || pitchFrames > voiced.length) {
      throw new IllegalArgumentException("pitchFrames must be in [0, " + voiced.length + "], got "
          + pitchFrames);
    }
  }

  public int frames() {
    return voiced.length;
  }

  /** The contour of descriptor {@code name}; throws IllegalArgumentException for an unknown name. */
  public float[] track(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("unknown descriptor '" + name + "'; known: " + names);
    }
    return values[i];
  }

  /** Start time of frame {@code t} in seconds. */
  public double frameTimeSec(int t) {
    return t * frameStepSec;
  }
}
