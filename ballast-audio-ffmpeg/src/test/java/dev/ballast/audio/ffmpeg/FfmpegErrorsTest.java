package dev.ballast.audio.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.audio.AudioDecodeException;
import dev.ballast.audio.AudioReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files FFmpeg cannot turn into audio fail with a typed error naming the file and the cause. */
class FfmpegErrorsTest {
  private static final String INVALID = "unsupported or broken audio: "
      + "Invalid data found when processing input";
  private static final String ENDS_EARLY = "unsupported or broken audio: End of file; "
      + "the file ends before any audio frame: it is truncated or not audio";

  @TempDir Path dir;

  /** Reads through the installed decoders, as applications do, and returns the message. */
  private static String messageOf(Path file) {
    AudioDecodeException e = assertThrows(AudioDecodeException.class,
        () -> AudioReader.withInstalledDecoders().read(file));
    assertEquals(file, e.path());
    return e.getMessage();
  }

  private byte[] flacToneBytes() throws Exception {
    Path file = dir.resolve("tone.flac");
    ToneWriter.write(file, "flac", "flac",
        List.of(new ToneWriter.Tone(440, new double[] {0.5, 0.5}, 44100, 2.0, true)));
    return Files.readAllBytes(file);
  }

  @Test
  void randomBytesNamedMp3AreInvalidData() throws Exception {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Path file = dir.resolve("x.mp3");
    Files.write(file, noise);

    assertEquals(file + ": " + INVALID, messageOf(file));
  }

  @Test
  void textNamedOggEndsBeforeAnyAudio() throws Exception {
    Path file = dir.resolve("readme.ogg");
    Files.writeString(file, "this is not audio\n".repeat(20), StandardCharsets.UTF_8);

    assertEquals(file + ": " + ENDS_EARLY, messageOf(file));
  }

  @Test
  void flacCutInsideItsHeaderFails() throws Exception {
    byte[] bytes = flacToneBytes();
    Path stub = dir.resolve("stub.flac");
    Files.write(stub, Arrays.copyOf(bytes, 100)); // "fLaC" and part of the metadata
    Path magicOnly = dir.resolve("magic.flac");
    Files.write(magicOnly, Arrays.copyOf(bytes, 20));

    assertEquals(stub + ": " + ENDS_EARLY, messageOf(stub));
    assertEquals(magicOnly + ": " + INVALID, messageOf(magicOnly));
  }

  @Test
  void flacCutInHalfIsTruncated() throws Exception {
    byte[] bytes = flacToneBytes();
    Path file = dir.resolve("cut.flac");
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

    String message = messageOf(file);

    String start = file + ": truncated: the 'flac' stream declares 2.000 s but only ";
    assertTrue(message.startsWith(start), message);
    assertTrue(message.endsWith(" s decode (Invalid data found when processing input); "
        + "the file is cut short or damaged"), message);
  }

  @Test
  void subtitlesWithoutAudioHaveNoAudioStream() throws Exception {
    Path file = dir.resolve("notes.srt");
    Files.writeString(file, "1\n00:00:01,000 --> 00:00:02,000\nhello\n\n", StandardCharsets.UTF_8);

    assertEquals(file + ": no audio stream (streams found: subtitle); nothing to decode",
        messageOf(file));
  }

  @Test
  void emptyAndMissingFilesCalledDirectly() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.flac"));
    Path missing = dir.resolve("missing.flac");
    FfmpegDecoder decoder = new FfmpegDecoder();

    AudioDecodeException e1 = assertThrows(AudioDecodeException.class, () -> decoder.decode(empty));
    AudioDecodeException e2 =
        assertThrows(AudioDecodeException.class, () -> decoder.decode(missing));

    assertEquals(empty + ": the audio stream declares no sample rate or channels; the file is "
        + "truncated or broken", e1.getMessage()); // FFmpeg trusts the .flac name when empty
    assertEquals(missing + ": unsupported or broken audio: No such file or directory",
        e2.getMessage());
  }

  @Test
  void nativeLoadFailureBecomesIllegalStateWithTheFix() {
    UnsatisfiedLinkError cause = new UnsatisfiedLinkError("no jniavformat in java.library.path");

    IllegalStateException e = FfmpegNatives.load(() -> {
      throw cause;
    }).orElseThrow();

    assertEquals("FFmpeg native libraries could not be loaded (java.lang.UnsatisfiedLinkError: "
        + "no jniavformat in java.library.path); the ballast-audio-ffmpeg plug-in needs "
        + "org.bytedeco:ffmpeg and org.bytedeco:javacpp with the classifier of this platform "
        + "(linux-x86_64) on the class path", e.getMessage());
    assertEquals(cause, e.getCause());
    assertTrue(FfmpegNatives.loadFailure().isEmpty(), "the real natives load in this build");
  }
}
