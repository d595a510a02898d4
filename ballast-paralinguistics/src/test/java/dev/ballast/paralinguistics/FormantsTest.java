package dev.ballast.paralinguistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioReader;
import dev.ballast.audio.SampleRateConverter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The FFT synthesis of the 11 kHz frame gives the formants the direct synthesis gives. */
class FormantsTest {
  private static final Path FSDD =
      Path.of(System.getProperty("ballast.shared.dir", "/work/shared"), "datasets/fsdd/recordings");

  @Test
  void fftSynthesisMatchesTheDirectOneAt4And8And16Khz() throws Exception {
    assumeTrue(Files.isDirectory(FSDD), "no shared datasets");
    AudioClip clip = AudioReader.withInstalledDecoders().read(FSDD.resolve("3_theo_7.wav"));
    int frames = 0;
    for (AudioClip c : new AudioClip[] {SampleRateConverter.convert(clip, 4000), clip,
        SampleRateConverter.convert(clip, 16000)}) {
      Formants fast = new Formants(c.sampleRateHz());
      Formants direct = new Formants(c.sampleRateHz(), false);
      int hop = ShsPitchTracker.hopSamples(c.sampleRateHz());
      double[] f1 = new double[3];
      double[] b1 = new double[3];
      double[] f2 = new double[3];
      double[] b2 = new double[3];
      for (int start = 0; start < c.samples().length; start += hop) {
        boolean a = fast.compute(c.samples(), start, 3, f1, b1);
        boolean b = direct.compute(c.samples(), start, 3, f2, b2);
        assertEquals(b, a, "frame at " + start + ", " + c.sampleRateHz() + " Hz");
        for (int i = 0; i < 3; i++) {
          assertEquals(f2[i], f1[i], 1e-6 * Math.max(1, f2[i]), "F" + (i + 1) + " at " + start);
          assertEquals(b2[i], b1[i], 1e-6 * Math.max(1, b2[i]), "B" + (i + 1) + " at " + start);
        }
        frames += f2[0] > 0 ? 1 : 0;
      }
    }
    assertTrue(frames > 50, "too few frames with a formant: " + frames);
  }
}
