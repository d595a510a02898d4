package dev.ballast.paralinguistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.audio.AudioClip;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.Encoders;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EgemapsEncoderTest {

  @Test
  void isRegisteredAndConcatenates() {
    Encoder e = Encoders.create("egemaps");
    assertEquals(88, e.dimension());
    assertEquals(16000, e.sampleRateHz());
    assertEquals(Egemaps.FUNCTIONAL_NAMES, e.featureNames());
    float[] v = e.encode(EgemapsBench.speechLike(1.0, 5));
    assertEquals(88, v.length);
    Encoder both = Encoders.create("egemaps+fbank-stats");
    assertEquals(88 + Encoders.create("fbank-stats").dimension(), both.dimension());
  }

  @Test
  void rejectsWrongRateAndUnknownSettings() {
    Encoder e = new EgemapsEncoder();
    IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
        () -> e.encode(new AudioClip(new float[8000], 8000)));
    assertTrue(rate.getMessage().contains("8000 Hz"), rate.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new EgemapsEncoder.Factory().create(Map.of("bogus", "1")));
    IllegalArgumentException version = assertThrows(IllegalArgumentException.class,
        () -> new EgemapsEncoder.Factory().create(Map.of("version", "9")));
    assertTrue(version.getMessage().contains("version 9"), version.getMessage());
  }

  @Test
  void namesAreUniqueAndCounted() {
    assertEquals(88, Egemaps.FUNCTIONAL_NAMES.size());
    assertEquals(88, Egemaps.FUNCTIONAL_NAMES.stream().distinct().count());
    assertEquals(25, Egemaps.LLD_NAMES.size());
  }
}
