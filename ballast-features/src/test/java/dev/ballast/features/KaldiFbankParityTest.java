package dev.ballast.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KaldiFbankParityTest {
  static Path reference() {
    return Path.of(System.getProperty("ballast.shared.dir", "../../shared"), "reference", "fbank");
  }

  @ParameterizedTest
  @CsvSource({"utt000,80", "utt001,80", "utt002,80", "utt003,80", "utt004,80",
      "fsdd-3_theo_7,40"})
  void matchesReferenceWithin1e3AboveLogFloor(String name, int bins) throws Exception {
    AudioClip clip = AudioReader.withInstalledDecoders().read(reference().resolve(name + ".wav"));
    float[][] ours = new KaldiFbank(FbankOptions.kaldiDefaults(clip.sampleRateHz(), bins))
        .compute(clip);
    List<String> lines = Files.readAllLines(reference().resolve(name + ".fbank.csv"));
    lines.removeIf(String::isBlank);
    assertEquals(lines.size(), ours.length, "frame count");
    double worst = 0;
    int compared = 0;
    for (int f = 0; f < ours.length; f++) {
      String[] cells = lines.get(f).split(",");
      assertEquals(bins, cells.length);
      for (int b = 0; b < bins; b++) {
        double ref = Double.parseDouble(cells[b]);
        if (ref <= KaldiFbank.LOG_FLOOR + 1e-3) {
          continue;
        }
        worst = Math.max(worst, Math.abs(ref - ours[f][b]));
        compared++;
      }
    }
    assertTrue(compared > 500, "compared " + compared);
    assertTrue(worst <= 1e-3, name + ": max abs difference " + worst);
  }

  @Test
  void rejectsOtherSampleRate() {
    KaldiFbank fbank = new KaldiFbank(FbankOptions.kaldiDefaults(16000, 80));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> fbank.compute(new AudioClip(new float[8000], 8000)));
    assertTrue(e.getMessage().contains("set up for 16000 Hz but the clip is at 8000 Hz"));
  }

  @Test
  void toneEnergyLandsInItsMelBin() {
    int rate = 16000;
    float[] x = new float[rate];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (0.3 * Math.sin(2 * Math.PI * 1000 * i / rate));
    }
    FbankOptions o = FbankOptions.kaldiDefaults(rate, 40);
    float[][] fb = new KaldiFbank(o).compute(new AudioClip(x, rate));
    assertEquals(o.numFrames(rate), fb.length);
    assertEquals(98, fb.length);
    double delta = (KaldiFbank.mel(8000) - KaldiFbank.mel(20)) / 41;
    int expected = (int) Math.round((KaldiFbank.mel(1000) - KaldiFbank.mel(20)) / delta) - 1;
    int best = 0;
    for (int b = 1; b < 40; b++) {
      if (fb[50][b] > fb[50][best]) {
        best = b;
      }
    }
    assertEquals(expected, best, 1);
  }

  @Test
  void deltasOfARampAreItsSlope() {
    float[][] x = new float[10][1];
    for (int t = 0; t < 10; t++) {
      x[t][0] = 3 * t;
    }
    float[][] d = Deltas.compute(x, 2);
    assertEquals(3.0, d[5][0], 1e-6);
    assertEquals(0.0, Deltas.compute(d, 2)[5][0], 1e-6);
  }

  @Test
  void mfccC0IsLogEnergyAndShapeIsRight() {
    int rate = 8000;
    float[] x = new float[rate / 2];
    java.util.Random r = new java.util.Random(1);
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (0.1 * r.nextGaussian());
    }
    Mfcc mfcc = Mfcc.kaldiDefaults(rate);
    float[][] c = mfcc.compute(new AudioClip(x, rate));
    assertEquals(48, c.length);
    assertEquals(13, c[0].length);
    // white noise at 0.1 full scale: energy of 200 samples of (3276.8)^2
    assertEquals(Math.log(200 * 3276.8 * 3276.8), c[10][0], 0.3);
  }
}
