package dev.ballast.demo;

/**
 * How each label sounds: the habitual voice of a gender and age group, the habits a dialect
 * adds (vowel qualities, intonation, tones, tempo, voice setting), and the changes an emotion
 * makes to a speaker's habitual voice. Directions follow the phonetics literature (children:
 * high F0 and short vocal tracts; old age: more jitter, shimmer, breathiness, creak, tremor and
 * pauses, slower speech; anger: higher, louder, flatter spectrum, faster, hyperarticulated;
 * sadness and boredom: lower, softer, steeper spectrum, slower, narrower range, centralised
 * vowels, more pauses; smiling raises formants). Magnitudes are chosen so that classes overlap
 * once speaker and utterance variation is added.
 */
final class LabelEffects {
  private LabelEffects() {}

  /** Habitual voice of a gender and age group before individual variation. */
  record BaseVoice(double f0Hz, double formantScale, double jitterFraction, double shimmerFraction,
      double breathinessFraction, double creakFraction, double openQuotient,
      double bandwidthScale, double tempoSyllablesPerSec, double tremorSemitones,
      double spectralTiltDb, double f0RangeSemitones, double pauseFraction,
      double vowelSpaceScale, double loudnessDb) {}

  /**
   * Dialect: vowel-quality shifts, preferred phrase contour, declination, tone depth, tempo,
   * voice setting (breathiness factor; creak, tilt and loudness added) and how sibilants sound
   * (e.g. [s] against retroflex [sh]).
   */
  record DialectEffect(double f1ShiftFraction, double f2ShiftFraction, IntonationShape intonation,
      double declinationSemitonesPerSec, double syllableToneSemitones, double tempoFactor,
      double breathinessFactor, double creakFraction, double tiltDb, double loudnessDb,
      double sibilantCentreHz) {}

  /**
   * Emotion: changes relative to the speaker's neutral voice (semitones, dB, shifts, pause and
   * creak are added, factors multiply); {@code intonation} replaces the speaker's contour with
   * probability {@code intonationProbability}.
   */
  record EmotionEffect(double f0Semitones, double rangeFactor, double tempoFactor,
      double loudnessDb, double tiltDb, double jitterFactor, double shimmerFactor,
      double breathinessFactor, double creakDelta, double tremorSemitones, double formantFactor,
      double f1ShiftDelta, double f2ShiftDelta, double vowelSpaceFactor, double pauseDelta,
      IntonationShape intonation, double intonationProbability) {}

  static BaseVoice base(Gender gender, AgeGroup age) {
    boolean male = gender == Gender.MALE;
    double breath = male ? 1.0 : 1.3; // female voices are typically breathier
    double oq = male ? 0.5 : 0.6;
    double range = male ? 1.0 : 1.2;
    // f0, formants, jitter, shimmer, breathiness, creak, open quotient, bandwidths, tempo,
    // tremor, tilt, range, pauses, vowel space, loudness
    return switch (age) {
      // little gender difference before puberty
      case CHILD -> new BaseVoice(male ? 265 : 275, male ? 1.30 : 1.34, 0.007, 0.05,
          0.08 * breath, 0, 0.6, 1.2, 3.4, 0, 5, 7 * range, 0.12, 1.1, -1);
      case TEEN -> new BaseVoice(male ? 175 : 245, male ? 1.17 : 1.27, 0.005, 0.04,
          0.07 * breath, 0.03, oq, 1.05, 7.0, 0, 4, 6.5 * range, 0.02, 1.25, 3);
      case YOUNG_ADULT -> new BaseVoice(male ? 115 : 215, male ? 1.00 : 1.17, 0.004, 0.035,
          0.05 * breath, 0.03, oq, 1.0, 5.0, 0, 6, 5 * range, 0.05, 1.0, 0);
      case MIDDLE_AGED -> new BaseVoice(male ? 106 : 198, male ? 0.98 : 1.14, 0.008, 0.055,
          0.07 * breath, 0.05, oq, 1.05, 4.4, 0, 7.5, 4.5 * range, 0.08, 0.95, 0);
      // male F0 rises, female F0 falls in old age
      case SENIOR -> new BaseVoice(male ? 128 : 182, male ? 0.95 : 1.08, 0.022, 0.12,
          0.18 * breath, 0.10, oq + 0.1, 1.5, 3.4, 0.6, 11, 3.5 * range, 0.16, 0.85, -2);
    };
  }

  static DialectEffect of(Dialect dialect) {
    // F1 shift, F2 shift, contour, declination, tone depth, tempo, breathiness, creak, tilt,
    // loudness, sibilant centre
    return switch (dialect) {
      // glottalised (creaky) tones
      case NORTH -> new DialectEffect(0, 0, IntonationShape.FALLING, 2.0, 2.5, 1.0,
          1.0, 0.04, 0, 0, 5000);
      // retroflex sibilants
      case SOUTH -> new DialectEffect(0.14, -0.14, IntonationShape.RISE_FALL, 1.0, 1.5, 1.15,
          1.2, 0, 1.5, -1, 3200);
      case CENTRAL -> new DialectEffect(-0.14, 0.12, IntonationShape.LEVEL, 3.5, 5.5, 0.88,
          0.8, 0.08, -2, 1, 4200);
      case COASTAL -> new DialectEffect(0.18, 0.12, IntonationShape.RISING, 0.5, 2.0, 1.2,
          1.0, 0, -2.5, 2, 6200);
      // lateral-like, dark fricatives
      case HIGHLAND -> new DialectEffect(-0.16, -0.22, IntonationShape.FALL_RISE, 1.5, 8, 0.72,
          2.0, 0.02, 4, -2, 2400);
    };
  }

  static EmotionEffect of(Emotion emotion) {
    // f0 st, range x, tempo x, loudness dB, tilt dB, jitter x, shimmer x, breathiness x,
    // creak +, tremor st, formants x, F1 shift +, F2 shift +, vowel space x, pause +,
    // contour, its probability
    return switch (emotion) {
      case ANGER -> new EmotionEffect(6, 1.3, 1.2, 11, -11, 1.3, 1.2, 0.5,
          0, 0, 1.0, 0.14, 0, 1.4, -0.03, IntonationShape.FALLING, 0.5);
      case HAPPINESS -> new EmotionEffect(5, 2.0, 1.12, 6, -3, 1.0, 1.0, 1.0,
          0, 0, 1.10, 0, 0.06, 1.2, 0, IntonationShape.RISE_FALL, 0.6);
      case SADNESS -> new EmotionEffect(-4, 0.45, 0.72, -9, 9, 1.5, 1.4, 2.5,
          0.1, 0, 0.98, -0.08, 0, 0.65, 0.22, IntonationShape.FALLING, 0.6);
      case FEAR -> new EmotionEffect(8, 1.2, 1.35, 0, -1, 3.5, 1.8, 2.3,
          0, 1.2, 1.04, 0, 0, 0.85, 0.15, IntonationShape.RISING, 0.3);
      case DISGUST -> new EmotionEffect(-3, 1.3, 0.75, 3, 3, 2.0, 3.0, 1.2,
          0.45, 0, 0.96, 0.08, -0.14, 1.0, 0.14, IntonationShape.FALL_RISE, 0.5);
      case SURPRISE -> new EmotionEffect(9, 2.8, 0.95, 3, -2, 1.0, 1.0, 1.4,
          0, 0, 1.03, 0.06, 0, 1.25, -0.03, IntonationShape.RISING, 0.8);
      case BOREDOM -> new EmotionEffect(-3, 0.2, 0.65, -5, 6, 1.0, 1.0, 1.5,
          0.2, 0, 1.0, -0.05, 0, 0.45, 0.18, IntonationShape.LEVEL, 0.7);
      case NEUTRAL -> new EmotionEffect(0, 1, 1, 0, 0, 1, 1, 1,
          0, 0, 1, 0, 0, 1, 0, IntonationShape.FALLING, 0);
    };
  }
}
