package dev.ballast.audio.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ballast.audio.AudioClip;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AugmentationChainTest {

  @Test
  void parsesTheIssueExampleToItsCanonicalSpec() {
    AugmentationChain chain = AugmentationChain.parse("gain=6, shift=0.1,noise=10:30,speed=0.9:1.1");
    assertEquals("gain=-6.0:6.0,shift=0.1:circular,noise=10.0:30.0,speed=0.9:1.1", chain.spec());
    assertEquals(4, chain.steps().size());
    assertEquals(TimeShift.Mode.ZERO_FILL,
        ((TimeShift) AugmentationChain.parse("shift=0.2:zero").steps().get(0)).mode());
    assertEquals(-3, ((Gain) AugmentationChain.parse("gain=-3:6").steps().get(0)).minDb());
  }

  @Test
  void sameSeedSameOutputOtherSeedOtherOutput() {
    AugmentationChain chain = AugmentationChain.parse("gain=6,shift=0.1,noise=10:30,speed=0.9:1.1");
    AudioClip in = Signals.tone(440, 16000, 0.5, 0.3);
    float[] a = chain.apply(in, 42).samples();
    assertArrayEquals(a, chain.apply(in, 42).samples());
    assertFalse(Arrays.equals(a, chain.apply(in, 43).samples()));
  }

  @Test
  void stepsRunInOrder() {
    // +6 dB then speed 1.1: the 440 Hz tone ends at 484 Hz, twice as loud, 1/1.1 as long.
    AudioClip in = Signals.tone(440, 16000, 1.0, 0.2);
    AudioClip out = AugmentationChain.parse("gain=6:6,speed=1.1").apply(in, 0);
    assertEquals(484, Signals.frequencyHz(out), 0.5);
    assertEquals(16000 / 1.1, out.length(), 2);
    assertEquals(6, 10 * Math.log10(Signals.power(out.samples()) / Signals.power(in.samples())),
        0.05);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "pitch=2 => unknown augmentation 'pitch' in 'pitch=2'; available: [gain, shift, noise, speed]",
      "gain => augmentation step 'gain' in 'gain' is not name=value; write e.g. gain=6 (names: "
          + "[gain, shift, noise, speed])",
      "gain=loud => augmentation gain: cannot read 'loud' as a number or MIN:MAX range; write e.g. "
          + "gain=6 or gain=-3:6",
      "noise=10:20:30 => augmentation noise: cannot read '10:20:30' as a number or MIN:MAX range; "
          + "write e.g. noise=10:30",
      "shift=0.1:wrap => augmentation shift: cannot read '0.1:wrap' as a number or MIN:MAX range; "
          + "write e.g. shift=0.1:circular or shift=0.1:zero",
      "gain=3,gain=6 => augmentation 'gain' appears twice in 'gain=3,gain=6'; give each step once",
      "speed=1.1:0.9 => speed factors must satisfy 0.5 <= minFactor <= maxFactor <= 2.0, got [1.1, "
          + "0.9]; write e.g. speed=0.9:1.1"})
  void badSpecsSayWhatIsWrongAndHowToFixIt(String spec, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AugmentationChain.parse(spec));
    assertEquals(message, e.getMessage());
  }

  @Test
  void emptySpecIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AugmentationChain.parse(" "));
    assertEquals("augmentation spec is empty; write e.g. gain=6,shift=0.1,noise=10:30,"
        + "speed=0.9:1.1", e.getMessage());
  }
}
