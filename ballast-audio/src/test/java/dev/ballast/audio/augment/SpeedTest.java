package dev.ballast.audio.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ballast.audio.AudioClip;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeedTest {

  @ParameterizedTest
  @CsvSource({"1.1,16000", "0.9,16000", "1.1,22050", "0.95,8000"})
  void factorShortensByItsInverseAndScalesPitch(double factor, int rateHz) {
    AudioClip in = Signals.tone(440, rateHz, 1.0, 0.5);
    AudioClip out = new Speed(factor, factor).apply(in, new SplittableRandom(0));
    assertEquals(rateHz, out.sampleRateHz());
    assertEquals(in.length() / factor, out.length(), 2.0, "length in samples");
    assertEquals(440 * factor, Signals.frequencyHz(out), 440 * factor * 1e-3, "frequency");
  }

  @Test
  void speedOneIsTheIdentity() {
    AudioClip in = Signals.tone(440, 16000, 0.1, 0.5);
    assertSame(in, new Speed(1, 1).apply(in, new SplittableRandom(0)));
  }

  @Test
  void badRangeSaysTheConstraintAndTheFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Speed(0.2, 1.1));
    assertEquals("speed factors must satisfy 0.5 <= minFactor <= maxFactor <= 2.0, got [0.2, 1.1]; "
        + "write e.g. speed=0.9:1.1", e.getMessage());
  }
}
