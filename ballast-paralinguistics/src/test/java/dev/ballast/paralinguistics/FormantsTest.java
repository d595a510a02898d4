package dev.ballast.paralinguistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioReader;
import dev.ballast.audio.SampleRateConverter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The FFT synthesis of the 11 kHz frame gives the samples and formants the direct one gives. */
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

  /**
   * Sample by sample, relative to the frame's largest sample: FSDD recordings at their own 8 kHz
   * and converted to 4 and 16 kHz, and the 16 kHz benchmark signal, every frame including the
   * last ones, which run past the end of the recording.
   */
  @Test
  void fftResamplingMatchesTheDirectSynthesisSampleBySample() throws Exception {
    assumeTrue(Files.isDirectory(FSDD), "no shared datasets");
    AudioReader reader = AudioReader.withInstalledDecoders();
    List<AudioClip> clips = new ArrayList<>();
    for (String name : new String[] {"0_jackson_0.wav", "2_nicolas_5.wav", "5_george_3.wav",
        "7_yweweler_12.wav", "9_lucas_20.wav"}) {
      AudioClip clip = reader.read(FSDD.resolve(name));
      assertEquals(8000, clip.sampleRateHz(), name);
      clips.add(clip);
      clips.add(SampleRateConverter.convert(clip, 4000));
      clips.add(SampleRateConverter.convert(clip, 16000));
    }
    clips.add(EgemapsBench.speechLike(5, 1));
    double[] fast = new double[Formants.RESAMPLED_SAMPLES];
    double[] direct = new double[Formants.RESAMPLED_SAMPLES];
    int frames = 0;
    double worst = 0;
    for (AudioClip c : clips) {
      Formants fft = new Formants(c.sampleRateHz());
      Formants dft = new Formants(c.sampleRateHz(), false);
      int hop = ShsPitchTracker.hopSamples(c.sampleRateHz());
      for (int start = 0; start < c.samples().length; start += hop) {
        fft.resample(c.samples(), start, fast);
        dft.resample(c.samples(), start, direct);
        double peak = 0;
        double diff = 0;
        for (int i = 0; i < direct.length; i++) {
          peak = Math.max(peak, Math.abs(direct[i]));
          diff = Math.max(diff, Math.abs(fast[i] - direct[i]));
        }
        if (peak == 0) {
          assertEquals(0, diff, "silent frame at " + start + ", " + c.sampleRateHz() + " Hz");
          continue;
        }
        assertTrue(diff <= 1e-9 * peak, "frame at " + start + ", " + c.sampleRateHz()
            + " Hz: largest difference " + diff + ", frame peak " + peak);
        worst = Math.max(worst, diff / peak);
        frames++;
      }
    }
    assertTrue(frames > 1000, "too few frames compared: " + frames);
    assertTrue(worst > 0, "the two syntheses should differ by rounding only, not be one path");
  }
}
