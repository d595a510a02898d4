package dev.ballast.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WavDecoderTest {
  @TempDir Path dir;

  private static float[] ramp(int n) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) (0.8 * Math.sin(2 * Math.PI * 440 * i / 8000.0));
    }
    return x;
  }

  @ParameterizedTest
  @EnumSource(WavWriter.Encoding.class)
  void everyEncodingRoundTripsPlainAndExtensible(WavWriter.Encoding enc) throws Exception {
    float[] x = ramp(800);
    double tolerance = enc == WavWriter.Encoding.PCM_8 ? 1.0 / 100 : 1.0 / 30000;
    for (boolean extensible : new boolean[] {false, true}) {
      byte[] bytes = WavWriter.encode(new float[][] {x}, 8000, enc, extensible);
      AudioClip clip = new WavDecoder().decode(Path.of("t.wav"), bytes);
      assertEquals(8000, clip.sampleRateHz());
      assertEquals(x.length, clip.length());
      for (int i = 0; i < x.length; i++) {
        assertEquals(x[i], clip.samples()[i], tolerance, enc + " sample " + i);
      }
    }
  }

  @Test
  void channelsAreAveraged() throws Exception {
    float[] left = {0.5f, -0.25f, 0f};
    float[] right = {0.25f, 0.25f, 1f};
    byte[] bytes = WavWriter.encode(new float[][] {left, right}, 44100, WavWriter.Encoding.FLOAT_32,
        false);
    AudioClip clip = new WavDecoder().decode(Path.of("s.wav"), bytes);
    assertArrayEquals(new float[] {0.375f, 0f, 0.5f}, clip.samples(), 1e-7f);
  }

  @Test
  void truncatedFileNamesFileAndCause() throws Exception {
    byte[] bytes = WavWriter.encode(new float[][] {ramp(1000)}, 16000, WavWriter.Encoding.PCM_16,
        false);
    Path p = dir.resolve("cut.wav");
    Files.write(p, Arrays.copyOf(bytes, bytes.length - 500));
    AudioDecodeException e = assertThrows(AudioDecodeException.class,
        () -> AudioReader.withInstalledDecoders().read(p));
    assertTrue(e.getMessage().startsWith(p.toString() + ": truncated"), e.getMessage());
    assertEquals(p, e.path());
  }

  @Test
  void emptyAndGarbageAndUnsupported() throws Exception {
    Path empty = dir.resolve("empty.wav");
    Files.write(empty, new byte[0]);
    AudioReader reader = new AudioReader(java.util.List.of(new WavDecoder()));
    assertEquals(empty + ": empty file (0 bytes)",
        assertThrows(AudioDecodeException.class, () -> reader.read(empty)).getMessage());

    Path garbage = dir.resolve("garbage.wav");
    Files.writeString(garbage, "this is not audio at all, just text");
    assertEquals(garbage + ": not a RIFF/WAVE file (no RIFF....WAVE header)",
        assertThrows(AudioDecodeException.class, () -> reader.read(garbage)).getMessage());

    Path flac = dir.resolve("x.flac");
    Files.writeString(flac, "fLaC....");
    String msg = assertThrows(AudioDecodeException.class, () -> reader.read(flac)).getMessage();
    assertTrue(msg.contains("unsupported format") && msg.contains("ballast-audio-ffmpeg"), msg);

    Path missing = dir.resolve("missing.wav");
    assertEquals(missing + ": no such file",
        assertThrows(AudioDecodeException.class, () -> reader.read(missing)).getMessage());

    byte[] header = WavWriter.encode(new float[][] {new float[0]}, 16000,
        WavWriter.Encoding.PCM_16, false);
    Path noSamples = dir.resolve("nosamples.wav");
    Files.write(noSamples, header);
    assertEquals(noSamples + ": no audio samples (empty data chunk)",
        assertThrows(AudioDecodeException.class, () -> reader.read(noSamples)).getMessage());
  }

  @Test
  void unsupportedBitDepthIsTyped() {
    byte[] bytes = WavWriter.encode(new float[][] {ramp(10)}, 8000, WavWriter.Encoding.PCM_16,
        false);
    bytes[34] = 12; // bits per sample
    AudioDecodeException e = assertThrows(AudioDecodeException.class,
        () -> new WavDecoder().decode(Path.of("odd.wav"), bytes));
    assertTrue(e.getMessage().contains("unsupported WAV encoding: format code 0x1 with 12 bits"),
        e.getMessage());
  }

  @Test
  void realIcbhiFilesAt24And32BitDecode() throws Exception {
    Path folder = SharedData.dir().resolve("datasets/icbhi-mini/audio_and_txt_files");
    AudioReader reader = AudioReader.withInstalledDecoders();
    int checked = 0;
    try (var files = Files.list(folder)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".wav"))::iterator) {
        AudioClip clip = reader.read(p);
        assertTrue(clip.sampleRateHz() == 44100 || clip.sampleRateHz() == 4000);
        assertTrue(clip.durationSec() > 5, p + " lasts " + clip.durationSec());
        double peak = 0;
        for (float v : clip.samples()) {
          peak = Math.max(peak, Math.abs(v));
        }
        assertTrue(peak > 1e-3 && peak <= 1.0, p + " peak " + peak);
        checked++;
      }
    }
    assertEquals(10, checked);
  }

  @Test
  void sliceCutsTheSegmentAndRejectsBadBounds() {
    AudioClip clip = new AudioClip(ramp(8000), 8000);
    assertEquals(4000, clip.slice(0.25, 0.75).length());
    assertThrows(IllegalArgumentException.class, () -> clip.slice(0.5, 0.4));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> clip.slice(0.5, 3.0));
    assertTrue(e.getMessage().contains("lies beyond the audio"), e.getMessage());
  }
}
