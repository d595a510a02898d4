package dev.ballast.demo;

/**
 * How each label sounds: the habitual voice of a gender and age group, the shifts a dialect
 * adds, and the changes an emotion makes to a speaker's habitual voice. Directions follow the
 * phonetics literature (children: high F0 and short vocal tracts; old age: more jitter, shimmer,
 * breathiness, tremor, slower speech; anger: higher, louder, flatter spectrum, faster; sadness
 * and boredom: lower, softer, steeper spectrum, slower, narrower range). Magnitudes are chosen so
 * that classes overlap once speaker and utterance variation is added.
 */
final class LabelEffects {
  private LabelEffects() {}

  /** Habitual voice of a gender and age group before individual variation. */
  record BaseVoice(double f0Hz, double formantScale, double jitterFraction, double shimmerFraction,
      double breathinessFraction, double openQuotient, double bandwidthScale,
      double tempoSyllablesPerSec, double tremorSemitones, double spectralTiltDb,
      double f0RangeSemitones) {}

  /** Dialect: vowel-quality shifts, preferred phrase contour, declination, tone depth, tempo. */
  record DialectEffect(double f1ShiftFraction, double f2ShiftFraction, IntonationShape intonation,
      double declinationSemitonesPerSec, double syllableToneSemitones, double tempoFactor) {}

  /**
   * Emotion: changes relative to the speaker's neutral voice; {@code intonation} replaces the
   * speaker's contour with probability {@code intonationProbability}.
   */
  record EmotionEffect(double f0Semitones, double rangeFactor, double tempoFactor,
      double loudnessDb, double tiltDb, double jitterFactor, double shimmerFactor,
      double breathinessFactor, double tremorSemitones, IntonationShape intonation,
      double intonationProbability) {}

  static BaseVoice base(Gender gender, AgeGroup age) {
    boolean male = gender == Gender.MALE;
    double breathFactor = male ? 1.0 : 1.3; // female voices are typically breathier
    double oq = male ? 0.5 : 0.6;
    double rangeFactor = male ? 1.0 : 1.2;
    switch (age) {
      case CHILD: // little gender difference before puberty
        return new BaseVoice(male ? 265 : 275, male ? 1.30 : 1.34, 0.007, 0.05,
            0.08 * breathFactor, 0.6, 1.2, 3.6, 0, 6, 6 * rangeFactor);
      case TEEN:
        return new BaseVoice(male ? 150 : 220, male ? 1.10 : 1.20, 0.005, 0.04,
            0.07 * breathFactor, oq, 1.05, 4.8, 0, 6, 5 * rangeFactor);
      case YOUNG_ADULT:
        return new BaseVoice(male ? 115 : 215, male ? 1.00 : 1.17, 0.004, 0.035,
            0.05 * breathFactor, oq, 1.0, 5.0, 0, 6, 5 * rangeFactor);
      case MIDDLE_AGED:
        return new BaseVoice(male ? 108 : 200, male ? 0.98 : 1.14, 0.007, 0.05,
            0.07 * breathFactor, oq, 1.05, 4.5, 0, 7, 4.5 * rangeFactor);
      default: // SENIOR: male F0 rises, female F0 falls with old age
        return new BaseVoice(male ? 125 : 185, male ? 0.96 : 1.10, 0.018, 0.10,
            0.16 * breathFactor, oq + 0.1, 1.35, 3.6, 0.35, 10, 3.5 * rangeFactor);
    }
  }

  static DialectEffect of(Dialect dialect) {
    switch (dialect) {
      case NORTH:
        return new DialectEffect(0, 0, IntonationShape.FALLING, 2.0, 2.5, 1.0);
      case SOUTH:
        return new DialectEffect(0.09, -0.10, IntonationShape.RISE_FALL, 1.0, 1.5, 1.12);
      case CENTRAL:
        return new DialectEffect(-0.10, 0.08, IntonationShape.LEVEL, 3.5, 5.0, 0.9);
      case COASTAL:
        return new DialectEffect(0.14, 0.08, IntonationShape.RISING, 0.5, 2.0, 1.18);
      default: // HIGHLAND
        return new DialectEffect(-0.08, -0.14, IntonationShape.FALL_RISE, 1.5, 6.0, 0.85);
    }
  }

  static EmotionEffect of(Emotion emotion) {
    switch (emotion) {
      case ANGER:
        return new EmotionEffect(5, 1.6, 1.15, 10, -8, 1.3, 1.2, 0.5, 0,
            IntonationShape.FALLING, 0.5);
      case HAPPINESS:
        return new EmotionEffect(4, 1.9, 1.10, 5, -4, 1.0, 1.0, 1.0, 0,
            IntonationShape.RISE_FALL, 0.6);
      case SADNESS:
        return new EmotionEffect(-3, 0.5, 0.75, -8, 8, 1.5, 1.4, 2.2, 0,
            IntonationShape.FALLING, 0.6);
      case FEAR:
        return new EmotionEffect(7, 1.2, 1.3, 0, -1, 3.0, 1.6, 2.0, 1.0,
            IntonationShape.RISING, 0.3);
      case DISGUST:
        return new EmotionEffect(-2, 1.3, 0.8, 2, 2, 2.0, 2.5, 1.2, 0,
            IntonationShape.FALL_RISE, 0.5);
      case SURPRISE:
        return new EmotionEffect(8, 2.5, 1.0, 4, -2, 1.0, 1.0, 1.0, 0,
            IntonationShape.RISING, 0.8);
      case BOREDOM:
        return new EmotionEffect(-2, 0.25, 0.7, -4, 5, 1.0, 1.0, 1.4, 0,
            IntonationShape.LEVEL, 0.7);
      default: // NEUTRAL
        return new EmotionEffect(0, 1, 1, 0, 0, 1, 1, 1, 0, IntonationShape.FALLING, 0);
    }
  }
}
