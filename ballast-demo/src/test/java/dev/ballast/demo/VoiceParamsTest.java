package dev.ballast.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VoiceParamsTest {

  @Test
  void builderDefaultsAreANeutralMaleVoice() {
    VoiceParams p = VoiceParams.neutralMale();
    assertEquals(110, p.f0Hz());
    assertEquals(1.0, p.formantScale());
    assertEquals(p, p.toBuilder().build());
  }

  @Test
  void outOfRangeF0SaysTheRangeTheValueAndTheFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VoiceParams.builder().f0Hz(20).build());
    assertEquals("f0Hz must be in [50, 500] Hz, got 20.0; pass a speaking-voice fundamental"
        + " frequency", e.getMessage());
  }

  @Test
  void jitterGivenInPercentIsRejectedWithAHint() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VoiceParams.builder().jitterFraction(1.5).build());
    assertEquals("jitterFraction must be in [0, 0.1], got 1.5; jitter is a fraction of the"
        + " period, e.g. 0.005 for 0.5 %", e.getMessage());
  }

  @Test
  void notANumberIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VoiceParams.builder().tempoSyllablesPerSec(Double.NaN).build());
    assertEquals("tempoSyllablesPerSec must be in [1, 12] syllables/s, got NaN; conversational"
        + " speech is around 3-7", e.getMessage());
  }

  @Test
  void backgroundNoiseMustStayBelowTheVoice() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VoiceParams.builder().loudnessDbfs(-40).backgroundNoiseDbfs(-35).build());
    assertEquals("backgroundNoiseDbfs must be at least 10 dB below loudnessDbfs=-40.0, got -35.0;"
        + " lower the noise or raise the loudness", e.getMessage());
  }

  @Test
  void missingIntonationIsNamed() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> VoiceParams.builder().intonation(null).build());
    assertEquals("intonation", e.getMessage());
  }

  @Test
  void everyLabelCombinationGivesValidParameters() {
    java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
    for (Gender g : Gender.values()) {
      for (AgeGroup a : AgeGroup.values()) {
        for (Dialect d : Dialect.values()) {
          for (int k = 0; k < 3; k++) {
            SpeakerProfile s = SpeakerProfile.sample("s", g, a, d, rng);
            for (Emotion e : Emotion.values()) {
              VoiceParams p = s.utterance(e, rng); // validated by the constructor
              assertEquals(true, p.durationSec() >= SpeakerProfile.MIN_DURATION_SEC
                  && p.durationSec() <= SpeakerProfile.MAX_DURATION_SEC);
            }
          }
        }
      }
    }
  }
}
