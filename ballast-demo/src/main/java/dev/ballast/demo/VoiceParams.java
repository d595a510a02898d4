package dev.ballast.demo;

import java.util.Objects;

/**
 * Everything {@link VoiceSynthesizer} needs to render one utterance: source (F0, its contour,
 * jitter, shimmer, breathiness, creak, glottal open quotient, spectral tilt), filter (formant scale and
 * shifts, vowel space, bandwidths, sibilant spectrum), timing (duration, tempo, pauses) and level (loudness,
 * background noise).
 *
 * <p>F0 at time t is {@code f0Hz * 2^(st(t)/12)} where {@code st} adds the phrase contour
 * ({@code intonation} times {@code f0RangeSemitones}), a declination centred on the middle of the
 * utterance, a per-syllable tone movement of {@code syllableToneSemitones} and a tremor; so
 * {@code f0Hz} is the level the contour moves around (close to the median F0).
 *
 * @param durationSec clip length, [0.25, 10] s
 * @param f0Hz F0 level (about the median fundamental frequency), [50, 500] Hz
 * @param f0RangeSemitones peak-to-peak excursion of the phrase contour, [0, 24]
 * @param declinationSemitonesPerSec downward F0 drift (negative: upward), [-12, 12]
 * @param intonation shape of the phrase contour
 * @param syllableToneSemitones depth of the per-syllable pitch movement (tones), [0, 12]
 * @param tremorSemitones depth of a sinusoidal F0 tremor, [0, 3]
 * @param tremorRateHz rate of that tremor, [1, 15] Hz
 * @param jitterFraction local jitter: mean absolute difference of consecutive glottal periods over
 *     the mean period, [0, 0.1]
 * @param shimmerFraction the same for consecutive pulse amplitudes, [0, 0.5]
 * @param breathinessFraction standard deviation of aspiration noise relative to the glottal pulse
 *     peak, [0, 1]
 * @param creakFraction share of glottal periods that are creaky (vocal fry): about twice as
 *     long and half as strong; gathered towards the end of the utterance, [0, 0.5]
 * @param openQuotient open phase of the glottal cycle as a fraction of the period, [0.3, 0.9]
 * @param spectralTiltDb extra attenuation at 3 kHz relative to 0 Hz applied to the source (low
 *     vocal effort: large), [0, 30] dB
 * @param tempoSyllablesPerSec articulation rate (pauses excluded), [1, 12] syllables per second
 * @param formantScale factor on all formant frequencies (shorter vocal tract: larger), [0.7, 1.6]
 * @param f1ShiftFraction extra relative shift of F1 (vowel quality), [-0.3, 0.3]
 * @param f2ShiftFraction extra relative shift of F2 (vowel fronting/backing), [-0.3, 0.3]
 * @param vowelSpaceScale distance of vowel targets from the neutral vowel (schwa): below 1
 *     centralised (lax articulation), above 1 expanded (hyperarticulation), [0.3, 1.6]
 * @param bandwidthScale factor on all formant bandwidths, [0.5, 3]
 * @param pauseFraction share of the speaking time spent in pauses between words, [0, 0.5]
 * @param sibilantCentreHz centre of the sibilant fricatives' noise spectrum for an adult male
 *     tract (scaled by {@code formantScale}); about 5000 for [s], 3000 for [sh], [2000, 7000] Hz
 * @param loudnessDbfs RMS level of the voiced parts, [-60, -6] dBFS (the synthesizer turns a
 *     take down if its peak would pass -1 dBFS)
 * @param backgroundNoiseDbfs RMS level of stationary background noise, [-120, -20] dBFS and at
 *     least 10 dB below {@code loudnessDbfs}
 */
public record VoiceParams(
    double durationSec,
    double f0Hz,
    double f0RangeSemitones,
    double declinationSemitonesPerSec,
    IntonationShape intonation,
    double syllableToneSemitones,
    double tremorSemitones,
    double tremorRateHz,
    double jitterFraction,
    double shimmerFraction,
    double breathinessFraction,
    double creakFraction,
    double openQuotient,
    double spectralTiltDb,
    double tempoSyllablesPerSec,
    double formantScale,
    double f1ShiftFraction,
    double f2ShiftFraction,
    double vowelSpaceScale,
    double bandwidthScale,
    double pauseFraction,
    double sibilantCentreHz,
    double loudnessDbfs,
    double backgroundNoiseDbfs) {

  public VoiceParams {
    range("durationSec", durationSec, 0.25, 10, "s", "pass a clip length in seconds");
    range("f0Hz", f0Hz, 50, 500, "Hz", "pass a speaking-voice fundamental frequency");
    range("f0RangeSemitones", f0RangeSemitones, 0, 24, "semitones",
        "pass the peak-to-peak excursion of the phrase contour");
    range("declinationSemitonesPerSec", declinationSemitonesPerSec, -12, 12, "semitones/s",
        "pass a small drift such as 2");
    Objects.requireNonNull(intonation, "intonation");
    range("syllableToneSemitones", syllableToneSemitones, 0, 12, "semitones",
        "pass 0 for no per-syllable pitch movement");
    range("tremorSemitones", tremorSemitones, 0, 3, "semitones", "pass 0 for no tremor");
    range("tremorRateHz", tremorRateHz, 1, 15, "Hz", "physiological tremor lies around 4-7 Hz");
    range("jitterFraction", jitterFraction, 0, 0.1, "",
        "jitter is a fraction of the period, e.g. 0.005 for 0.5 %");
    range("shimmerFraction", shimmerFraction, 0, 0.5, "",
        "shimmer is a fraction of the pulse amplitude, e.g. 0.04 for 4 %");
    range("breathinessFraction", breathinessFraction, 0, 1, "",
        "pass the aspiration noise level relative to the pulse peak, e.g. 0.06");
    range("creakFraction", creakFraction, 0, 0.5, "", "pass 0 for no creaky periods");
    range("openQuotient", openQuotient, 0.3, 0.9, "", "modal voice is around 0.5-0.6");
    range("spectralTiltDb", spectralTiltDb, 0, 30, "dB", "pass 0 for no extra tilt");
    range("tempoSyllablesPerSec", tempoSyllablesPerSec, 1, 12, "syllables/s",
        "conversational speech is around 3-7");
    range("formantScale", formantScale, 0.7, 1.6, "",
        "adult male is 1.0, adult female about 1.17, children about 1.3");
    range("f1ShiftFraction", f1ShiftFraction, -0.3, 0.3, "", "pass 0 for no shift");
    range("f2ShiftFraction", f2ShiftFraction, -0.3, 0.3, "", "pass 0 for no shift");
    range("vowelSpaceScale", vowelSpaceScale, 0.3, 1.6, "", "pass 1 for typical vowels");
    range("bandwidthScale", bandwidthScale, 0.5, 3, "", "pass 1 for typical bandwidths");
    range("pauseFraction", pauseFraction, 0, 0.5, "", "pass 0 for no pauses between words");
    range("sibilantCentreHz", sibilantCentreHz, 2000, 7000, "Hz", "pass e.g. 5000 for an [s]");
    range("loudnessDbfs", loudnessDbfs, -60, -6, "dBFS",
        "louder levels would clip 16-bit audio; -26 is a typical speech level");
    range("backgroundNoiseDbfs", backgroundNoiseDbfs, -120, -20, "dBFS",
        "pass e.g. -65 for a quiet room");
    if (backgroundNoiseDbfs > loudnessDbfs - 10) {
      throw new IllegalArgumentException("backgroundNoiseDbfs must be at least 10 dB below"
          + " loudnessDbfs=" + loudnessDbfs + ", got " + backgroundNoiseDbfs
          + "; lower the noise or raise the loudness");
    }
  }

  private static void range(String name, double value, double lo, double hi, String unit,
      String fix) {
    if (!(value >= lo && value <= hi)) {
      String u = unit.isEmpty() ? "" : " " + unit;
      throw new IllegalArgumentException(name + " must be in [" + fmt(lo) + ", " + fmt(hi) + "]"
          + u + ", got " + value + "; " + fix);
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** A builder starting from {@link #neutralMale()}'s values. */
  public static Builder builder() {
    return new Builder();
  }

  /** A neutral adult male voice: 110 Hz, falling intonation, 4.5 syllables/s, -26 dBFS. */
  public static VoiceParams neutralMale() {
    return builder().build();
  }

  /** A copy of these parameters to change a few of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.durationSec = durationSec;
    b.f0Hz = f0Hz;
    b.f0RangeSemitones = f0RangeSemitones;
    b.declinationSemitonesPerSec = declinationSemitonesPerSec;
    b.intonation = intonation;
    b.syllableToneSemitones = syllableToneSemitones;
    b.tremorSemitones = tremorSemitones;
    b.tremorRateHz = tremorRateHz;
    b.jitterFraction = jitterFraction;
    b.shimmerFraction = shimmerFraction;
    b.breathinessFraction = breathinessFraction;
    b.creakFraction = creakFraction;
    b.openQuotient = openQuotient;
    b.spectralTiltDb = spectralTiltDb;
    b.tempoSyllablesPerSec = tempoSyllablesPerSec;
    b.formantScale = formantScale;
    b.f1ShiftFraction = f1ShiftFraction;
    b.f2ShiftFraction = f2ShiftFraction;
    b.vowelSpaceScale = vowelSpaceScale;
    b.bandwidthScale = bandwidthScale;
    b.pauseFraction = pauseFraction;
    b.sibilantCentreHz = sibilantCentreHz;
    b.loudnessDbfs = loudnessDbfs;
    b.backgroundNoiseDbfs = backgroundNoiseDbfs;
    return b;
  }

  /** Mutable builder; {@link #build()} validates. Defaults: a neutral adult male voice. */
  public static final class Builder {
    private double durationSec = 1.5;
    private double f0Hz = 110;
    private double f0RangeSemitones = 4;
    private double declinationSemitonesPerSec = 2;
    private IntonationShape intonation = IntonationShape.FALLING;
    private double syllableToneSemitones = 2;
    private double tremorSemitones = 0;
    private double tremorRateHz = 5;
    private double jitterFraction = 0.005;
    private double shimmerFraction = 0.04;
    private double breathinessFraction = 0.06;
    private double creakFraction = 0.02;
    private double openQuotient = 0.55;
    private double spectralTiltDb = 6;
    private double tempoSyllablesPerSec = 4.5;
    private double formantScale = 1.0;
    private double f1ShiftFraction = 0;
    private double f2ShiftFraction = 0;
    private double vowelSpaceScale = 1.0;
    private double bandwidthScale = 1.0;
    private double pauseFraction = 0.05;
    private double sibilantCentreHz = 5000;
    private double loudnessDbfs = -26;
    private double backgroundNoiseDbfs = -65;

    private Builder() {}

    public Builder durationSec(double v) {
      durationSec = v;
      return this;
    }

    public Builder f0Hz(double v) {
      f0Hz = v;
      return this;
    }

    public Builder f0RangeSemitones(double v) {
      f0RangeSemitones = v;
      return this;
    }

    public Builder declinationSemitonesPerSec(double v) {
      declinationSemitonesPerSec = v;
      return this;
    }

    public Builder intonation(IntonationShape v) {
      intonation = v;
      return this;
    }

    public Builder syllableToneSemitones(double v) {
      syllableToneSemitones = v;
      return this;
    }

    public Builder tremorSemitones(double v) {
      tremorSemitones = v;
      return this;
    }

    public Builder tremorRateHz(double v) {
      tremorRateHz = v;
      return this;
    }

    public Builder jitterFraction(double v) {
      jitterFraction = v;
      return this;
    }

    public Builder shimmerFraction(double v) {
      shimmerFraction = v;
      return this;
    }

    public Builder breathinessFraction(double v) {
      breathinessFraction = v;
      return this;
    }

    public Builder creakFraction(double v) {
      creakFraction = v;
      return this;
    }

    public Builder openQuotient(double v) {
      openQuotient = v;
      return this;
    }

    public Builder spectralTiltDb(double v) {
      spectralTiltDb = v;
      return this;
    }

    public Builder tempoSyllablesPerSec(double v) {
      tempoSyllablesPerSec = v;
      return this;
    }

    public Builder formantScale(double v) {
      formantScale = v;
      return this;
    }

    public Builder f1ShiftFraction(double v) {
      f1ShiftFraction = v;
      return this;
    }

    public Builder f2ShiftFraction(double v) {
      f2ShiftFraction = v;
      return this;
    }

    public Builder vowelSpaceScale(double v) {
      vowelSpaceScale = v;
      return this;
    }

    public Builder bandwidthScale(double v) {
      bandwidthScale = v;
      return this;
    }

    public Builder pauseFraction(double v) {
      pauseFraction = v;
      return this;
    }

    public Builder sibilantCentreHz(double v) {
      sibilantCentreHz = v;
      return this;
    }

    public Builder loudnessDbfs(double v) {
      loudnessDbfs = v;
      return this;
    }

    public Builder backgroundNoiseDbfs(double v) {
      backgroundNoiseDbfs = v;
      return this;
    }

    public VoiceParams build() {
      return new VoiceParams(durationSec, f0Hz, f0RangeSemitones, declinationSemitonesPerSec,
          intonation, syllableToneSemitones, tremorSemitones, tremorRateHz, jitterFraction,
          shimmerFraction, breathinessFraction, creakFraction, openQuotient, spectralTiltDb,
          tempoSyllablesPerSec, formantScale, f1ShiftFraction, f2ShiftFraction, vowelSpaceScale,
          bandwidthScale, pauseFraction, sibilantCentreHz, loudnessDbfs, backgroundNoiseDbfs);
    }
  }
}
