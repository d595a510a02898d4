package dev.ballast.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.audio.AudioClip;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VoiceSynthesizerTest {
  private static final int RATE = VoiceSynthesizer.SAMPLE_RATE_HZ;

  @Test
  void sameSeedGivesTheSameSamplesAndAnotherSeedDoesNot() {
    VoiceParams p = VoiceParams.neutralMale();
    AudioClip a = VoiceSynthesizer.synthesize(p, 42);
    AudioClip b = VoiceSynthesizer.synthesize(p, 42);
    AudioClip c = VoiceSynthesizer.synthesize(p, 43);
    assertArrayEquals(a.samples(), b.samples());
    assertFalse(Arrays.equals(a.samples(), c.samples()));
  }

  @Test
  void clipHasTheRequestedDurationAtSixteenKilohertzAndDoesNotClip() {
    AudioClip clip = VoiceSynthesizer.synthesize(VoiceParams.builder().durationSec(1.25)
        .loudnessDbfs(-12).build(), 1);
    assertEquals(RATE, clip.sampleRateHz());
    assertEquals(20000, clip.length());
    float peak = 0;
    for (float v : clip.samples()) {
      peak = Math.max(peak, Math.abs(v));
    }
    assertTrue(peak <= 0.9f, "peak " + peak);
  }

  @Test
  void flatMaleVoiceHasItsF0() {
    VoiceParams p = VoiceParams.builder().f0Hz(110).f0RangeSemitones(0)
        .declinationSemitonesPerSec(0).syllableToneSemitones(0).jitterFraction(0.002).build();
    double f0 = Signals.medianF0Hz(VoiceSynthesizer.synthesize(p, 7).samples(), RATE, 60, 400);
    assertEquals(110, f0, 110 * 0.03);
  }

  @Test
  void neutralMaleVoiceMovesAroundItsF0() {
    for (long seed = 1; seed <= 3; seed++) {
      double f0 = Signals.medianF0Hz(
          VoiceSynthesizer.synthesize(VoiceParams.neutralMale(), seed).samples(), RATE, 60, 400);
      assertEquals(0, Signals.semitones(110, f0), 1.5, "seed " + seed + ": " + f0 + " Hz");
    }
  }

  @Test
  void loudnessSetsTheSpeechLevel() {
    double soft = Signals.speechLevelDb(VoiceSynthesizer.synthesize(
        VoiceParams.builder().loudnessDbfs(-36).build(), 3).samples(), 10);
    double loud = Signals.speechLevelDb(VoiceSynthesizer.synthesize(
        VoiceParams.builder().loudnessDbfs(-24).build(), 3).samples(), 10);
    assertEquals(12, loud - soft, 1.0);
  }

  /**
   * Over a few utterances of one speaker: mean speech level in dB and the median F0 of all
   * voiced frames in semitones re 100 Hz (frames pooled, so the phrase contour counts evenly
   * and an occasional octave error does not).
   */
  private static double[] measure(SpeakerProfile speaker, Emotion emotion) {
    double level = 0;
    List<Double> f0s = new ArrayList<>();
    int n = 4;
    for (int k = 0; k < n; k++) {
      SplittableRandom rng = new SplittableRandom(1000 + k);
      AudioClip clip = VoiceSynthesizer.synthesize(speaker.utterance(emotion, rng), k);
      level += Signals.speechLevelDb(clip.samples(), 10) / n;
      f0s.addAll(Signals.frameF0sHz(clip.samples(), RATE, 60, 500, 20));
    }
    return new double[] {level, Signals.semitones(100, Signals.median(f0s))};
  }

  @Test
  void emotionsMoveLoudnessAndPitchTheExpectedWay() {
    SpeakerProfile speaker = SpeakerProfile.sample("s", Gender.MALE, AgeGroup.YOUNG_ADULT,
        Dialect.NORTH, new SplittableRandom(11));
    double[] neutral = measure(speaker, Emotion.NEUTRAL);
    double[] anger = measure(speaker, Emotion.ANGER);
    double[] sadness = measure(speaker, Emotion.SADNESS);
    double[] surprise = measure(speaker, Emotion.SURPRISE);
    double[] boredom = measure(speaker, Emotion.BOREDOM);
    String report = "level dB / F0 st re 100 Hz: neutral " + Arrays.toString(neutral)
        + ", anger " + Arrays.toString(anger) + ", sadness " + Arrays.toString(sadness)
        + ", surprise " + Arrays.toString(surprise) + ", boredom " + Arrays.toString(boredom);
    assertTrue(anger[0] > neutral[0] + 5, report);
    assertTrue(sadness[0] < neutral[0] - 4, report);
    assertTrue(boredom[0] < neutral[0] - 2, report);
    assertTrue(anger[1] > neutral[1] + 2, report);
    assertTrue(surprise[1] > neutral[1] + 3, report);
    assertTrue(sadness[1] < neutral[1] - 1.5, report);
    assertTrue(boredom[1] < neutral[1] - 1, report);
  }

  @Test
  void genderAndAgeMoveF0TheExpectedWay() {
    SplittableRandom rng = new SplittableRandom(3);
    double man = f0(SpeakerProfile.sample("m", Gender.MALE, AgeGroup.YOUNG_ADULT, Dialect.NORTH,
        rng));
    double woman = f0(SpeakerProfile.sample("w", Gender.FEMALE, AgeGroup.YOUNG_ADULT,
        Dialect.NORTH, rng));
    double child = f0(SpeakerProfile.sample("c", Gender.MALE, AgeGroup.CHILD, Dialect.NORTH,
        rng));
    assertTrue(man < woman && woman < child, man + " < " + woman + " < " + child);
  }

  private static double f0(SpeakerProfile s) {
    return Signals.medianF0Hz(VoiceSynthesizer.synthesize(
        s.utterance(Emotion.NEUTRAL, new SplittableRandom(1)), 1).samples(), RATE, 70, 700);
  }
}
