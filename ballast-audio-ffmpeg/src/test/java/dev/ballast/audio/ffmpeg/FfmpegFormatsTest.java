package dev.ballast.audio.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballast.audio.AudioClip;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Round trips of synthetic tones through the FFmpeg encoders of the bundled build. */
class FfmpegFormatsTest {
  private static final double FREQ_HZ = 440;
  private static final double PEAK = 0.5;
  private static final double DURATION_SEC = 2.0;

  @TempDir Path dir;

  /** Formats and the encoders of the bytedeco LGPL build that write them (no libvorbis there). */
  enum Format {
    FLAC("flac", "flac", "flac", 44100, 0.001, 0.001),
    /** FFmpeg's own Vorbis encoder (experimental) writes stereo only. */
    OGG_VORBIS("ogg", "ogg", "vorbis", 44100, 0.02, 0.05),
    /** LAME at its default 128 kbit/s plays a pure tone ~0.4 dB quieter, mono and stereo alike. */
    MP3("mp3", "mp3", "libmp3lame", 44100, 0.02, 0.07),
    OPUS("opus", "ogg", "libopus", 48000, 0.02, 0.05),
    M4A_AAC("m4a", "ipod", "aac", 44100, 0.02, 0.05);

    final String extension;
    final String muxer;
    final String encoder;
    final int rateHz;
    final double durationTolerance;
    final double levelTolerance;

    Format(String extension, String muxer, String encoder, int rateHz, double durationTolerance,
        double levelTolerance) {
      this.extension = extension;
      this.muxer = muxer;
      this.encoder = encoder;
      this.rateHz = rateHz;
      this.durationTolerance = durationTolerance;
      this.levelTolerance = levelTolerance;
    }

    /** Writes a tone with the given per-channel peaks; returns the samples per channel written. */
    int write(Path file, double... peaks) {
      return ToneWriter.write(file, muxer, encoder,
          List.of(new ToneWriter.Tone(FREQ_HZ, peaks, rateHz, DURATION_SEC, true))).get(0);
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void stereoToneKeepsRateDurationPitchAndLevel(Format format) throws Exception {
    Path file = dir.resolve("tone." + format.extension);
    int written = format.write(file, PEAK, PEAK);

    AudioClip clip = new FfmpegDecoder().decode(file);

    assertEquals(format.rateHz, clip.sampleRateHz(), "sample rate kept, not converted");
    assertEquals(written, clip.length(), written * format.durationTolerance, "samples");
    assertEquals(FREQ_HZ, ToneAnalysis.frequencyHz(clip.samples(), clip.sampleRateHz()),
        FREQ_HZ * 0.01, "tone frequency");
    double expectedRms = PEAK / Math.sqrt(2);
    assertEquals(expectedRms, ToneAnalysis.rms(clip.samples()),
        expectedRms * format.levelTolerance, "level: averaging L = R must not scale by 0.707");
  }

  /** Vorbis is left out: FFmpeg's native encoder cannot write mono. */
  @ParameterizedTest
  @EnumSource(value = Format.class, mode = EnumSource.Mode.EXCLUDE, names = "OGG_VORBIS")
  void stereoWithEqualChannelsIsAsLoudAsMono(Format format) throws Exception {
    Path mono = dir.resolve("mono." + format.extension);
    Path stereo = dir.resolve("stereo." + format.extension);
    format.write(mono, PEAK);
    format.write(stereo, PEAK, PEAK);

    double monoRms = ToneAnalysis.rms(new FfmpegDecoder().decode(mono).samples());
    double stereoRms = ToneAnalysis.rms(new FfmpegDecoder().decode(stereo).samples());

    assertEquals(monoRms, stereoRms, monoRms * format.levelTolerance);
  }

  @Test
  void unequalChannelsAreAveraged() throws Exception {
    Path file = dir.resolve("uneven.flac");
    Format.FLAC.write(file, 0.6, 0.2);

    AudioClip clip = new FfmpegDecoder().decode(file);

    double expectedRms = 0.4 / Math.sqrt(2); // (0.6 + 0.2) / 2, in phase
    assertEquals(expectedRms, ToneAnalysis.rms(clip.samples()), expectedRms * 0.001);
  }

  @Test
  void picksTheDefaultAudioStreamOfSeveral() throws Exception {
    Path first = dir.resolve("first-default.mka");
    Path second = dir.resolve("second-default.mka");
    ToneWriter.write(first, "matroska", "flac", List.of(tone(660, true), tone(440, false)));
    ToneWriter.write(second, "matroska", "flac", List.of(tone(440, false), tone(660, true)));

    for (Path file : List.of(first, second)) {
      AudioClip clip = new FfmpegDecoder().decode(file);
      assertEquals(660, ToneAnalysis.frequencyHz(clip.samples(), clip.sampleRateHz()), 660 * 0.01,
          file.getFileName().toString());
    }
  }

  private static ToneWriter.Tone tone(double freqHz, boolean defaultStream) {
    return new ToneWriter.Tone(freqHz, new double[] {PEAK, PEAK}, 44100, 1.0, defaultStream);
  }
}
