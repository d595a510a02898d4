package dev.ballast.encoders.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ballast.audio.AudioClip;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.Encoders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error path always runs; the model checks run only where the models are installed
 * ({@code scripts/install-speech-embedding.sh}), since tests never download.
 */
class SpeechEmbeddingEncoderTest {
  private static final int RATE = SpeechSignals.RATE;

  @Test
  void missingModelsNameTheInstallCommand(@TempDir Path empty) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new SpeechEmbeddingEncoder(empty));
    assertEquals("encoder speech-embedding needs melspectrogram.onnx in " + empty
        + ", which is missing; install the models with: scripts/install-speech-embedding.sh '"
        + empty.toAbsolutePath() + "' (or set BALLAST_MODELS to the folder holding"
        + " openwakeword/)", e.getMessage());
  }

  @Test
  void corruptModelIsRefusedWithTheReinstallCommand(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve(SpeechEmbeddingEncoder.MEL_MODEL), new byte[] {1, 2, 3});
    Files.write(dir.resolve(SpeechEmbeddingEncoder.EMBEDDING_MODEL), new byte[] {4});
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new SpeechEmbeddingEncoder(dir));
    assertEquals(dir.resolve("melspectrogram.onnx") + " has SHA-256 "
        + "039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81, expected "
        + SpeechEmbeddingEncoder.MEL_SHA256 + "; delete it and reinstall with: "
        + "scripts/install-speech-embedding.sh '" + dir.toAbsolutePath() + "'", e.getMessage());
  }

  @Test
  void registeredFactoryReportsTheInstallCommandOrLoads() {
    Path dir = SpeechEmbeddingEncoder.defaultModelDir();
    if (SpeechEmbeddingEncoder.isInstalled(dir)) {
      assertEquals(192, Encoders.create("speech-embedding").dimension());
    } else {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> Encoders.create("speech-embedding"));
      assertTrue(e.getMessage().contains(SpeechEmbeddingEncoder.installCommand(dir)),
          e.getMessage());
    }
  }

  private static Encoder installed() {
    Path dir = SpeechEmbeddingEncoder.defaultModelDir();
    assumeTrue(SpeechEmbeddingEncoder.isInstalled(dir),
        "speech-embedding models not installed in " + dir + "; run "
            + SpeechEmbeddingEncoder.installCommand(dir));
    return new SpeechEmbeddingEncoder(dir);
  }

  private static void assertFinite(float[] e) {
    for (float v : e) {
      assertTrue(Float.isFinite(v), Arrays.toString(e));
    }
  }

  @Test
  void embedsToneAndSpeechLikeClips() {
    Encoder encoder = installed();
    assertEquals(192, encoder.dimension());
    assertEquals("oww0_mean", encoder.featureNames().get(0));
    assertEquals("oww95_std", encoder.featureNames().get(191));
    float[] tone = encoder.encode(new AudioClip(SpeechSignals.tone(440, 1.0, 0.3), RATE));
    float[] speech = encoder.encode(new AudioClip(SpeechSignals.speechLike(3.0, 7), RATE));
    assertEquals(192, tone.length);
    assertEquals(192, speech.length);
    assertFinite(tone);
    assertFinite(speech);
    assertArrayEquals(speech,
        encoder.encode(new AudioClip(SpeechSignals.speechLike(3.0, 7), RATE)), "deterministic");
    double distance = 0;
    for (int d = 0; d < 96; d++) {
      distance += Math.abs(tone[d] - speech[d]);
    }
    assertTrue(distance > 1, "tone and speech-like audio should differ, L1 of means " + distance);
    assertTrue(Arrays.stream(toDouble(speech)).skip(96).anyMatch(v -> v > 0),
        "several windows in 3 s give a spread");
  }

  @Test
  void shortClipIsPaddedToOneWindow() {
    Encoder encoder = installed();
    float[] e = encoder.encode(new AudioClip(SpeechSignals.speechLike(0.3, 3), RATE));
    assertFinite(e);
    for (int d = 96; d < 192; d++) {
      assertEquals(0f, e[d], "one window: no spread");
    }
    assertThrows(IllegalArgumentException.class,
        () -> encoder.encode(new AudioClip(new float[16000], 8000)));
  }

  @Test
  void melBlocksJoinLikeOneRun() {
    Encoder encoder = installed();
    SpeechEmbeddingEncoder se = (SpeechEmbeddingEncoder) encoder;
    float[] x = SpeechSignals.speechLike(12.5, 11); // more than one 1000-frame block
    float[] blocks = se.melFrames(x);
    assertEquals((1 + (x.length - 512) / 160) * 32, blocks.length);
    // frames 900..1099 straddle the block boundary at 1000; here they come from one run
    float[] across = se.melFrames(Arrays.copyOfRange(x, 900 * 160, 900 * 160 + 512 + 199 * 160));
    assertEquals(200 * 32, across.length);
    for (int i = 0; i < across.length; i++) {
      assertEquals(across[i], blocks[900 * 32 + i], 1e-3, "value " + i);
    }
  }

  @Test
  void concatenatesWithOtherEncoders() {
    installed();
    Encoder both = Encoders.create("fbank-stats+speech-embedding");
    int fbank = Encoders.create("fbank-stats").dimension();
    float[] e = both.encode(new AudioClip(SpeechSignals.speechLike(2.0, 5), RATE));
    assertEquals(fbank + 192, e.length);
    assertFinite(e);
    assertFalse(both.featureNames().isEmpty());
  }

  private static double[] toDouble(float[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i];
    }
    return y;
  }
}
