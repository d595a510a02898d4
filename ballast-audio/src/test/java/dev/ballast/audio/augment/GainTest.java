package dev.ballast.audio.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.audio.AudioClip;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GainTest {

  @Test
  void plusSixDecibelsDoublesTheAmplitude() {
    AudioClip in = Signals.tone(440, 16000, 0.25, 0.25);
    AudioClip out = new Gain(6, 6).apply(in, new SplittableRandom(0));
    for (int i = 0; i < in.length(); i++) {
      assertEquals(in.samples()[i] * 1.99526, out.samples()[i], 1e-5);
    }
  }

  @Test
  void gainsStayInTheRange() {
    AudioClip in = Signals.tone(440, 16000, 0.1, 0.5);
    SplittableRandom random = new SplittableRandom(3);
    for (int k = 0; k < 200; k++) {
      AudioClip out = new Gain(-6, 3).apply(in, random);
      double db = 10 * Math.log10(Signals.power(out.samples()) / Signals.power(in.samples()));
      assertTrue(db >= -6 - 1e-4 && db <= 3 + 1e-4, "gain " + db + " dB");
    }
  }

  @Test
  void badRangeSaysTheConstraintAndTheFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Gain(6, 3));
    assertEquals("gain range must satisfy -60.0 <= minDb <= maxDb <= 60.0, got [6.0, 3.0] dB; "
        + "write e.g. gain=6 for +-6 dB or gain=-3:6", e.getMessage());
  }
}
