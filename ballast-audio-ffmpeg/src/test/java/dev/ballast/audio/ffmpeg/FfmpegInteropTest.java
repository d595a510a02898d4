package dev.ballast.audio.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioReader;
import dev.ballast.audio.WavDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plug-in inside Ballast: service loading, agreement with the WAV decoder, threads. */
class FfmpegInteropTest {
  @TempDir Path dir;

  private Path flacTone(String name, double freqHz) {
    Path file = dir.resolve(name);
    ToneWriter.write(file, "flac", "flac",
        List.of(new ToneWriter.Tone(freqHz, new double[] {0.5, 0.5}, 44100, 1.0, true)));
    return file;
  }

  @Test
  void serviceLoaderInstallsFfmpegAfterWavAndReadsFlac() throws Exception {
    AudioReader reader = AudioReader.withInstalledDecoders();
    Path file = flacTone("tone.flac", 440);

    AudioClip clip = reader.read(file);

    assertEquals(List.of("wav", "ffmpeg"), reader.decoderNames());
    assertEquals(44100, clip.sampleRateHz());
    assertEquals(44100, clip.length());
    assertEquals(440, ToneAnalysis.frequencyHz(clip.samples(), 44100), 4.4);
  }

  @Test
  void acceptsEverythingButRiffWave() {
    FfmpegDecoder decoder = new FfmpegDecoder();
    byte[] wav = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII);
    byte[] flac = "fLaC\0\0\0\"".getBytes(StandardCharsets.US_ASCII);

    assertFalse(decoder.accepts(Path.of("a.wav"), wav));
    assertFalse(decoder.accepts(Path.of("a.bin"), wav));
    assertTrue(decoder.accepts(Path.of("a.flac"), flac));
    assertTrue(decoder.accepts(Path.of("a.mp3"), new byte[] {1}));
    assertEquals("ffmpeg", decoder.name());
    assertEquals(50, decoder.priority());
  }

  /** ICBHI recordings at 44.1 kHz in 32-, 24- and 16-bit PCM: FFmpeg must scale like WavDecoder. */
  @ParameterizedTest
  @ValueSource(strings = {"101_1b1_Al_sc_Meditron.wav", "101_1b1_Pr_sc_Meditron.wav",
      "102_1b1_Ar_sc_Meditron.wav"})
  void realWavDecodesLikeWavDecoder(String name) throws Exception {
    Path file = sharedDir().resolve("datasets/icbhi-mini/audio_and_txt_files").resolve(name);
    assumeTrue(Files.isRegularFile(file), "shared ICBHI sample missing: " + file);

    AudioClip viaFfmpeg = new FfmpegDecoder().decode(file);
    AudioClip viaWav = new WavDecoder().decode(file);

    assertEquals(viaWav.sampleRateHz(), viaFfmpeg.sampleRateHz());
    assertEquals(viaWav.length(), viaFfmpeg.length());
    double maxDiff = 0;
    for (int i = 0; i < viaWav.length(); i++) {
      maxDiff = Math.max(maxDiff, Math.abs(viaWav.samples()[i] - viaFfmpeg.samples()[i]));
    }
    assertTrue(maxDiff < 1e-4, "max abs difference " + maxDiff);
  }

  @Test
  void concurrentDecodesGiveTheSameSamples() throws Exception {
    List<Path> files = List.of(flacTone("a.flac", 440), flacTone("b.flac", 660));
    List<float[]> expected = new ArrayList<>();
    for (Path f : files) {
      expected.add(new FfmpegDecoder().decode(f).samples());
    }
    FfmpegDecoder shared = new FfmpegDecoder();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<float[]>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        Path f = files.get(i % 2);
        results.add(pool.submit(() -> shared.decode(f).samples()));
      }
      for (int i = 0; i < results.size(); i++) {
        assertArrayEquals(expected.get(i % 2), results.get(i).get(), "decode " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Path sharedDir() {
    String configured = System.getProperty("ballast.shared.dir");
    return configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
  }
}
