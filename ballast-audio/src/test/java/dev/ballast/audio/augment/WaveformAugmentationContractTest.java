package dev.ballast.audio.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ballast.audio.AudioClip;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every waveform augmentation through the same checks. */
class WaveformAugmentationContractTest {

  static Stream<WaveformAugmentation> all() {
    return Stream.of(new Gain(-6, 6), new TimeShift(0.1, TimeShift.Mode.CIRCULAR),
        new TimeShift(0.1, TimeShift.Mode.ZERO_FILL), new AdditiveNoise(10, 30),
        new Speed(0.9, 1.1));
  }

  private static AudioClip voice() {
    AudioClip a = Signals.tone(220, 16000, 0.5, 0.3);
    AudioClip b = Signals.tone(1330, 16000, 0.5, 0.1);
    float[] x = new float[a.length()];
    for (int i = 0; i < x.length; i++) {
      x[i] = a.samples()[i] + b.samples()[i];
    }
    return new AudioClip(x, 16000);
  }

  @ParameterizedTest
  @MethodSource("all")
  void sameSeedSameOutputAndInputUntouched(WaveformAugmentation aug) {
    AudioClip in = voice();
    float[] before = in.samples().clone();
    AudioClip a = aug.apply(in, new SplittableRandom(7));
    AudioClip b = aug.apply(in, new SplittableRandom(7));
    assertArrayEquals(a.samples(), b.samples());
    assertArrayEquals(before, in.samples());
    assertEquals(in.sampleRateHz(), a.sampleRateHz());
  }

  @ParameterizedTest
  @MethodSource("all")
  void differentSeedsGiveDifferentOutputs(WaveformAugmentation aug) {
    AudioClip in = voice();
    boolean differs = false;
    float[] first = aug.apply(in, new SplittableRandom(1)).samples();
    for (long seed = 2; seed < 6 && !differs; seed++) {
      differs = !Arrays.equals(first, aug.apply(in, new SplittableRandom(seed)).samples());
    }
    assertFalse(!differs, "five seeds gave the same output");
  }

  @ParameterizedTest
  @MethodSource("all")
  void emptyClipIsRejectedWithTheFix(WaveformAugmentation aug) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> aug.apply(new AudioClip(new float[0], 16000), new SplittableRandom(0)));
    assertEquals("cannot augment an empty clip (0 samples at 16000 Hz); drop the row or fix its "
        + "segment bounds", e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("all")
  void specRoundTripsThroughTheParser(WaveformAugmentation aug) {
    assertEquals(aug.spec(), AugmentationChain.parse(aug.spec()).spec());
  }
}
