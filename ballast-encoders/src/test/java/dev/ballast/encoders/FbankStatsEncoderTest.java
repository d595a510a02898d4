package dev.ballast.encoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.audio.AudioClip;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FbankStatsEncoderTest {
  static AudioClip voiceLike(int rate, double seconds, double f0, long seed) {
    Random r = new Random(seed);
    float[] x = new float[(int) (rate * seconds)];
    for (int i = 0; i < x.length; i++) {
      double t = i / (double) rate;
      double v = 0;
      for (int h = 1; h <= 10; h++) {
        v += Math.sin(2 * Math.PI * f0 * h * t) / h;
      }
      x[i] = (float) (0.1 * v * (0.6 + 0.4 * Math.sin(2 * Math.PI * 3 * t)) + 0.001 * r.nextGaussian());
    }
    return new AudioClip(x, rate);
  }

  @Test
  void dimensionsNamesAndRegistration() {
    Encoder e = Encoders.create("fbank-stats");
    assertEquals(e.dimension(), e.featureNames().size());
    assertEquals(e.dimension(), e.encode(voiceLike(16000, 1.0, 120, 1)).length);
    assertEquals("fbank-stats{melBins=40,numCeps=13,version=1}", e.spec().key());
    assertEquals(e.spec(), Encoders.create(e.spec()).spec());
  }

  @Test
  void zeroPaddingDoesNotChangeTheStatistics() {
    AudioClip clip = voiceLike(16000, 1.0, 150, 2);
    float[] padded = new float[clip.length() * 2];
    System.arraycopy(clip.samples(), 0, padded, 0, clip.length());
    Encoder e = Encoders.create("fbank-stats");
    float[] a = e.encode(clip);
    float[] b = e.encode(new AudioClip(padded, 16000));
    int activeFraction = e.featureNames().indexOf("active_fraction");
    for (int i = 0; i < a.length; i++) {
      if (i != activeFraction && !e.featureNames().get(i).contains("delta")) {
        assertEquals(a[i], b[i], 0.05 * Math.abs(a[i]) + 0.05, e.featureNames().get(i));
      }
    }
    assertEquals(0.5, b[activeFraction], 0.02);
  }

  @Test
  void pitchMovesTheEmbedding() {
    Encoder e = Encoders.create("fbank-stats");
    float[] low = e.encode(voiceLike(16000, 1.0, 100, 3));
    float[] high = e.encode(voiceLike(16000, 1.0, 220, 3));
    double d = 0;
    for (int i = 0; i < low.length; i++) {
      d += Math.abs(low[i] - high[i]);
    }
    assertTrue(d > 1, "embeddings of 100 Hz and 220 Hz voices differ by " + d);
  }

  @Test
  void errorsNameTheConstraint() {
    Encoder e = Encoders.create("fbank-stats");
    assertEquals("encoder fbank-stats expects 16000 Hz audio, got 8000 Hz; convert with "
        + "SampleRateConverter first", assertThrows(IllegalArgumentException.class,
            () -> e.encode(new AudioClip(new float[8000], 8000))).getMessage());
    assertEquals("clip too short to encode: 0.02 s gives 0 frames, fbank-stats needs at least 3"
        + " (0.045 s)", assertThrows(IllegalArgumentException.class,
            () -> e.encode(new AudioClip(new float[320], 16000))).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Encoders.create("nope"))
        .getMessage().startsWith("unknown encoder 'nope'; available: [fbank-stats"));
    assertEquals("encoder fbank-stats has no setting 'bins'; known settings: [melBins, numCeps, "
        + "version]", assertThrows(IllegalArgumentException.class, () -> Encoders.create(
            new EncoderSpec("fbank-stats", Map.of("bins", "3")))).getMessage());
  }

  @Test
  void concatenationJoinsEmbeddingsAndRoundTripsItsSpec() {
    Encoder e = Encoders.create("fbank-stats+fbank-stats");
    Encoder single = Encoders.create("fbank-stats");
    AudioClip clip = voiceLike(16000, 0.5, 130, 4);
    float[] v = e.encode(clip);
    assertEquals(2 * single.dimension(), v.length);
    assertEquals(single.encode(clip)[5], v[single.dimension() + 5]);
    assertEquals(e.spec(), Encoders.create(e.spec()).spec());
  }
}
