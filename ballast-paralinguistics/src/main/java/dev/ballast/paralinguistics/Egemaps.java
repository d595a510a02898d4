package dev.ballast.paralinguistics;

import dev.ballast.audio.AudioClip;
import java.util.List;

/**
 * eGeMAPS v02 (extended Geneva Minimalistic Acoustic Parameter Set): 25 frame-level descriptors
 * and 88 utterance functionals, named exactly as openSMILE 3 names them so results can be compared
 * and models moved between the two. {@link #lld} and {@link #functionals} take mono 16 kHz clips;
 * {@link #lldAnyRate} and {@link #functionalsAnyRate} take mono clips at any rate and analyse them
 * at that rate, as openSMILE does.
 */
public final class Egemaps {
  public static final int SAMPLE_RATE_HZ = EgemapsExtractor.SAMPLE_RATE_HZ;
  public static final int LLD_COUNT = 25;
  public static final int FUNCTIONAL_COUNT = 88;

  static final int LOUDNESS = 0;
  static final int ALPHA_RATIO = 1;
  static final int HAMMARBERG = 2;
  static final int SLOPE_0_500 = 3;
  static final int SLOPE_500_1500 = 4;
  static final int FLUX = 5;
  static final int MFCC1 = 6;
  static final int F0_SEMITONE = 10;
  static final int JITTER = 11;
  static final int SHIMMER = 12;
  static final int HNR = 13;
  static final int H1_H2 = 14;
  static final int H1_A3 = 15;
  static final int F1_FREQUENCY = 16;
  static final int F1_AMPLITUDE = 18;

  /** The descriptor names, in openSMILE's eGeMAPSv02 LLD order. */
  public static final List<String> LLD_NAMES = List.of("Loudness_sma3", "alphaRatio_sma3",
      "hammarbergIndex_sma3", "slope0-500_sma3", "slope500-1500_sma3", "spectralFlux_sma3",
      "mfcc1_sma3", "mfcc2_sma3", "mfcc3_sma3", "mfcc4_sma3", "F0semitoneFrom27.5Hz_sma3nz",
      "jitterLocal_sma3nz", "shimmerLocaldB_sma3nz", "HNRdBACF_sma3nz", "logRelF0-H1-H2_sma3nz",
      "logRelF0-H1-A3_sma3nz", "F1frequency_sma3nz", "F1bandwidth_sma3nz",
      "F1amplitudeLogRelF0_sma3nz", "F2frequency_sma3nz", "F2bandwidth_sma3nz",
      "F2amplitudeLogRelF0_sma3nz", "F3frequency_sma3nz", "F3bandwidth_sma3nz",
      "F3amplitudeLogRelF0_sma3nz");

  /** The functional names, in openSMILE's eGeMAPSv02 order. */
  public static final List<String> FUNCTIONAL_NAMES = EgemapsFunctionals.NAMES;

  /** How a descriptor is smoothed and where it is defined. */
  enum LldKind {
    /** Every frame, smoothed over three frames. */
    ALL_FRAMES,
    /** Voiced frames with a value; 0 elsewhere; smoothed over such frames only. */
    VOICED,
    /** Frames with a non-zero value (formant found), smoothed over such frames only. */
    NONZERO,
    /**
     * Voiced frames; -201 dB elsewhere, as openSMILE writes unvoiced formant amplitudes, and
     * smoothed over all non-zero frames, so the -201 dB of an unvoiced neighbour is averaged in.
     */
    VOICED_FLOORED
  }

  private Egemaps() {}

  static LldKind lldKind(int descriptor) {
    if (descriptor < F0_SEMITONE) {
      return LldKind.ALL_FRAMES;
    }
    if (descriptor < F1_FREQUENCY) {
      return LldKind.VOICED;
    }
    return (descriptor - F1_FREQUENCY) % 3 == 2 ? LldKind.VOICED_FLOORED : LldKind.NONZERO;
  }

  /** The frame-level descriptors of a 16 kHz clip (full band). */
  public static EgemapsLld lld(AudioClip clip) {
    return new EgemapsExtractor().extract(clip);
  }

  /** The 88 functionals of a 16 kHz clip (full band), in the order of {@link #FUNCTIONAL_NAMES}. */
  public static float[] functionals(AudioClip clip) {
    return EgemapsFunctionals.compute(lld(clip));
  }

  /**
   * The frame-level descriptors of a clip at any rate, analysed at that rate as openSMILE analyses
   * it, with the analysis band ending at its Nyquist frequency when that is below 8 kHz.
   */
  public static EgemapsLld lldAnyRate(AudioClip clip) {
    return EgemapsExtractor.forSourceRate(clip.sampleRateHz()).analyse(clip);
  }

  /** The 88 functionals of a clip at any rate, as {@link #lldAnyRate} describes. */
  public static float[] functionalsAnyRate(AudioClip clip) {
    return EgemapsFunctionals.compute(lldAnyRate(clip));
  }
}
