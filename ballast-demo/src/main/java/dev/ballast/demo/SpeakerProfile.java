package dev.ballast.demo;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A synthetic speaker: fixed gender, age group and dialect, and a habitual (neutral) voice that
 * combines the effects of its labels with individual variation. Each utterance adds an emotion
 * and utterance-to-utterance variation ({@link #utterance}).
 *
 * @param habitualVoice the speaker's neutral voice; its {@code durationSec} is unused
 */
public record SpeakerProfile(String id, Gender gender, AgeGroup age, Dialect dialect,
    VoiceParams habitualVoice) {

  /** Shortest and longest utterance, seconds. */
  public static final double MIN_DURATION_SEC = 1.0;
  public static final double MAX_DURATION_SEC = 2.0;
  /** Individual variation: standard deviations across speakers. */
  private static final double SPEAKER_F0_SD_SEMITONES = 1.6;
  private static final double SPEAKER_FORMANT_SD_LOG = 0.035;
  private static final double SPEAKER_VOWEL_SHIFT_SD = 0.03;
  private static final double SPEAKER_TEMPO_SD_LOG = 0.10;
  private static final double SPEAKER_VOWEL_SPACE_SD_LOG = 0.08;
  private static final double SPEAKER_SIBILANT_SD_HZ = 300;
  private static final double SPEAKER_PERTURBATION_SD_LOG = 0.3;
  private static final double SPEAKER_LOUDNESS_SD_DB = 2.0;
  private static final double SPEAKER_TILT_SD_DB = 1.5;
  /** Probability that a speaker habitually uses the dialect's contour, not a random one. */
  private static final double DIALECT_CONTOUR_PROBABILITY = 0.85;
  /** Habitual speech level and the range utterance loudness is clamped to, dBFS. */
  private static final double HABITUAL_LOUDNESS_DBFS = -30;
  private static final double MIN_LOUDNESS_DBFS = -50;
  private static final double MAX_LOUDNESS_DBFS = -14;
  /** Utterance variation: standard deviations within a speaker. */
  private static final double UTTERANCE_F0_SD_SEMITONES = 0.7;
  private static final double UTTERANCE_RANGE_SD_LOG = 0.15;
  private static final double UTTERANCE_TEMPO_SD_LOG = 0.06;
  private static final double UTTERANCE_LOUDNESS_SD_DB = 1.2;
  private static final double UTTERANCE_TILT_SD_DB = 1.0;
  /** Probability that an utterance keeps the speaker's habitual contour. */
  private static final double HABITUAL_CONTOUR_PROBABILITY = 0.75;
  /** Background noise of the recording, dBFS. */
  private static final double MIN_NOISE_DBFS = -74;
  private static final double MAX_NOISE_DBFS = -60;

  public SpeakerProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(habitualVoice, "habitualVoice");
  }

  /** A speaker with the given labels and individual variation drawn from {@code rng}. */
  public static SpeakerProfile sample(String id, Gender gender, AgeGroup age, Dialect dialect,
      SplittableRandom rng) {
    LabelEffects.BaseVoice b = LabelEffects.base(gender, age);
    LabelEffects.DialectEffect d = LabelEffects.of(dialect);
    IntonationShape contour = rng.nextDouble() < DIALECT_CONTOUR_PROBABILITY ? d.intonation()
        : IntonationShape.values()[rng.nextInt(IntonationShape.values().length)];
    VoiceParams voice = VoiceParams.builder()
        .durationSec(MIN_DURATION_SEC)
        .f0Hz(clamp(b.f0Hz() * semitones(SPEAKER_F0_SD_SEMITONES * Seeds.gaussian(rng)), 60, 420))
        .f0RangeSemitones(clamp(Seeds.logNormal(rng, b.f0RangeSemitones(), 0.2), 0, 20))
        .declinationSemitonesPerSec(
            clamp(d.declinationSemitonesPerSec() + 0.5 * Seeds.gaussian(rng), -4, 8))
        .intonation(contour)
        .syllableToneSemitones(clamp(Seeds.logNormal(rng, d.syllableToneSemitones(), 0.2), 0, 10))
        .tremorSemitones(b.tremorSemitones())
        .tremorRateHz(Seeds.uniform(rng, 4, 7))
        .jitterFraction(perturbation(rng, b.jitterFraction(), 0.05))
        .shimmerFraction(perturbation(rng, b.shimmerFraction(), 0.3))
        .breathinessFraction(perturbation(rng, b.breathinessFraction() * d.breathinessFactor(),
            0.6))
        .creakFraction(perturbation(rng, b.creakFraction() + d.creakFraction(), 0.5))
        .openQuotient(clamp(b.openQuotient() + 0.04 * Seeds.gaussian(rng), 0.35, 0.85))
        .spectralTiltDb(clamp(b.spectralTiltDb() + d.tiltDb()
            + SPEAKER_TILT_SD_DB * Seeds.gaussian(rng), 0, 24))
        .tempoSyllablesPerSec(clamp(Seeds.logNormal(rng,
            b.tempoSyllablesPerSec() * d.tempoFactor(), SPEAKER_TEMPO_SD_LOG), 2, 9))
        .formantScale(clamp(Seeds.logNormal(rng, b.formantScale(), SPEAKER_FORMANT_SD_LOG), 0.8,
            1.5))
        .f1ShiftFraction(clamp(d.f1ShiftFraction()
            + SPEAKER_VOWEL_SHIFT_SD * Seeds.gaussian(rng), -0.25, 0.25))
        .f2ShiftFraction(clamp(d.f2ShiftFraction()
            + SPEAKER_VOWEL_SHIFT_SD * Seeds.gaussian(rng), -0.25, 0.25))
        .vowelSpaceScale(clamp(Seeds.logNormal(rng, b.vowelSpaceScale(),
            SPEAKER_VOWEL_SPACE_SD_LOG), 0.6, 1.4))
        .bandwidthScale(clamp(Seeds.logNormal(rng, b.bandwidthScale(), 0.1), 0.6, 2.5))
        .pauseFraction(clamp(Seeds.logNormal(rng, b.pauseFraction(), 0.3), 0, 0.3))
        .sibilantCentreHz(clamp(d.sibilantCentreHz()
            + SPEAKER_SIBILANT_SD_HZ * Seeds.gaussian(rng), 2000, 7000))
        .loudnessDbfs(clamp(HABITUAL_LOUDNESS_DBFS + b.loudnessDb() + d.loudnessDb()
            + SPEAKER_LOUDNESS_SD_DB * Seeds.gaussian(rng), MIN_LOUDNESS_DBFS, MAX_LOUDNESS_DBFS))
        .backgroundNoiseDbfs(MIN_NOISE_DBFS)
        .build();
    return new SpeakerProfile(id, gender, age, dialect, voice);
  }

  /**
   * The parameters of one utterance of this speaker in {@code emotion}: the emotion's changes
   * to the habitual voice plus utterance-to-utterance variation, a duration in
   * [{@value #MIN_DURATION_SEC}, {@value #MAX_DURATION_SEC}] s and a recording noise level.
   */
  public VoiceParams utterance(Emotion emotion, SplittableRandom rng) {
    Objects.requireNonNull(emotion, "emotion");
    LabelEffects.EmotionEffect e = LabelEffects.of(emotion);
    VoiceParams h = habitualVoice;
    IntonationShape contour;
    if (rng.nextDouble() < e.intonationProbability()) {
      contour = e.intonation();
    } else if (rng.nextDouble() < HABITUAL_CONTOUR_PROBABILITY) {
      contour = h.intonation();
    } else {
      contour = IntonationShape.values()[rng.nextInt(IntonationShape.values().length)];
    }
    double loudness = clamp(h.loudnessDbfs() + e.loudnessDb()
        + UTTERANCE_LOUDNESS_SD_DB * Seeds.gaussian(rng), MIN_LOUDNESS_DBFS, MAX_LOUDNESS_DBFS);
    return h.toBuilder()
        .durationSec(Seeds.uniform(rng, MIN_DURATION_SEC, MAX_DURATION_SEC))
        .f0Hz(clamp(h.f0Hz() * semitones(e.f0Semitones()
            + UTTERANCE_F0_SD_SEMITONES * Seeds.gaussian(rng)), 55, 480))
        .f0RangeSemitones(clamp(Seeds.logNormal(rng, h.f0RangeSemitones() * e.rangeFactor(),
            UTTERANCE_RANGE_SD_LOG), 0, 24))
        .intonation(contour)
        .tremorSemitones(clamp(h.tremorSemitones() + e.tremorSemitones(), 0, 3))
        .jitterFraction(clamp(h.jitterFraction() * e.jitterFactor(), 0, 0.1))
        .shimmerFraction(clamp(h.shimmerFraction() * e.shimmerFactor(), 0, 0.5))
        .breathinessFraction(clamp(h.breathinessFraction() * e.breathinessFactor(), 0, 1))
        .creakFraction(clamp(h.creakFraction() + e.creakDelta(), 0, 0.5))
        .formantScale(clamp(h.formantScale() * e.formantFactor(), 0.7, 1.6))
        .f1ShiftFraction(clamp(h.f1ShiftFraction() + e.f1ShiftDelta(), -0.3, 0.3))
        .f2ShiftFraction(clamp(h.f2ShiftFraction() + e.f2ShiftDelta(), -0.3, 0.3))
        .vowelSpaceScale(clamp(h.vowelSpaceScale() * e.vowelSpaceFactor(), 0.3, 1.6))
        .pauseFraction(clamp(h.pauseFraction() + e.pauseDelta(), 0, 0.5))
        .spectralTiltDb(clamp(h.spectralTiltDb() + e.tiltDb()
            + UTTERANCE_TILT_SD_DB * Seeds.gaussian(rng), 0, 30))
        .tempoSyllablesPerSec(clamp(Seeds.logNormal(rng,
            h.tempoSyllablesPerSec() * e.tempoFactor(), UTTERANCE_TEMPO_SD_LOG), 1.5, 11))
        .loudnessDbfs(loudness)
        .backgroundNoiseDbfs(Math.min(loudness - 15,
            Seeds.uniform(rng, MIN_NOISE_DBFS, MAX_NOISE_DBFS)))
        .build();
  }

  private static double perturbation(SplittableRandom rng, double median, double max) {
    return clamp(Seeds.logNormal(rng, median, SPEAKER_PERTURBATION_SD_LOG), 0, max);
  }

  private static double semitones(double st) {
    return StrictMath.pow(2, st / 12);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
