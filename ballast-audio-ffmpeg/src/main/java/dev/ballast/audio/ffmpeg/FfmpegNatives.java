package dev.ballast.audio.ffmpeg;

import java.util.Optional;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.javacpp.Loader;

/** Loads the FFmpeg natives once per JVM and silences FFmpeg's logging below errors. */
final class FfmpegNatives {
  private static final int ERROR_TEXT_BYTES = 256;
  private static final Optional<IllegalStateException> FAILURE = load(FfmpegNatives::loadAll);

  private FfmpegNatives() {}

  /** Why the natives could not be loaded, or empty when they are ready to use. */
  static Optional<IllegalStateException> loadFailure() {
    return FAILURE;
  }

  /** Runs {@code loader}, turning a linkage failure into a message that says the fix. */
  static Optional<IllegalStateException> load(Runnable loader) {
    try {
      loader.run();
      return Optional.empty();
    } catch (LinkageError | RuntimeException e) {
      return Optional.of(new IllegalStateException(
          "FFmpeg native libraries could not be loaded (" + e + "); the ballast-audio-ffmpeg "
              + "plug-in needs org.bytedeco:ffmpeg and org.bytedeco:javacpp with the classifier of "
              + "this platform (" + platform() + ") on the class path",
          e));
    }
  }

  /** FFmpeg's text for an error code, e.g. "Invalid data found when processing input". */
  static String errorText(int code) {
    byte[] buf = new byte[ERROR_TEXT_BYTES];
    avutil.av_strerror(code, buf, buf.length);
    int n = 0;
    while (n < buf.length && buf[n] != 0) {
      n++;
    }
    return new String(buf, 0, n, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void loadAll() {
    Loader.load(avutil.class);
    Loader.load(swresample.class);
    Loader.load(avcodec.class);
    Loader.load(avformat.class);
    avutil.av_log_set_level(avutil.AV_LOG_ERROR);
  }

  private static String platform() {
    try {
      return Loader.getPlatform();
    } catch (LinkageError | RuntimeException e) {
      return System.getProperty("os.name") + "-" + System.getProperty("os.arch");
    }
  }
}
