package dev.ballast.audio.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.audio.AudioClip;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AdditiveNoiseTest {

  private static double measuredSnrDb(AudioClip in, AudioClip out) {
    float[] noise = new float[in.length()];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = out.samples()[i] - in.samples()[i];
    }
    return 10 * Math.log10(Signals.power(in.samples()) / Signals.power(noise));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 10, 20, 30})
  void measuredSnrMatchesTheRequestedOne(double snrDb) {
    AudioClip in = Signals.tone(440, 16000, 1.0, 0.3);
    AudioClip out = new AdditiveNoise(snrDb, snrDb).apply(in, new SplittableRandom(11));
    assertEquals(snrDb, measuredSnrDb(in, out), 0.5);
  }

  @Test
  void snrDrawnInsideTheRange() {
    AudioClip in = Signals.tone(440, 16000, 0.5, 0.3);
    SplittableRandom random = new SplittableRandom(5);
    for (int k = 0; k < 50; k++) {
      double snr = measuredSnrDb(in, new AdditiveNoise(10, 30).apply(in, random));
      assertTrue(snr > 9.5 && snr < 30.5, "SNR " + snr);
    }
  }

  @Test
  void silentClipIsReturnedUnchanged() {
    AudioClip silent = new AudioClip(new float[1600], 16000);
    assertSame(silent, new AdditiveNoise(10, 10).apply(silent, new SplittableRandom(0)));
  }

  @Test
  void badRangeSaysTheConstraintAndTheFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AdditiveNoise(30, 10));
    assertEquals("noise SNR range must be finite with minSnrDb <= maxSnrDb, got [30.0, 10.0] dB; "
        + "write e.g. noise=10:30", e.getMessage());
  }
}
