package dev.ballast.audio.ffmpeg;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioDecodeException;
import dev.ballast.audio.AudioDecoder;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decodes FLAC, MP3, OGG/Vorbis, Opus, M4A/AAC and everything else the bundled FFmpeg reads, to a
 * mono {@link AudioClip} at the stream's own sample rate: channels are averaged here (FFmpeg's own
 * downmix would scale stereo by 0.707), samples are floats in [-1, 1) as for WAV.
 *
 * <p>It is the fallback after the WAV decoder, so it accepts any file that is not RIFF/WAVE and
 * reports what FFmpeg could not open as an {@link AudioDecodeException}. Stateless and
 * thread-safe; the native libraries load on the first {@link #decode}, not with this class.
 */
public final class FfmpegDecoder implements AudioDecoder {

  @Override
  public String name() {
    return "ffmpeg";
  }

  @Override
  public int priority() {
    return 50;
  }

  @Override
  public boolean accepts(Path path, byte[] header) {
    return !isRiffWave(header);
  }

  @Override
  public AudioClip decode(Path path) throws AudioDecodeException {
    Optional<IllegalStateException> failure = FfmpegNatives.loadFailure();
    if (failure.isPresent()) {
      throw new AudioDecodeException(path, failure.get().getMessage(), failure.get());
    }
    return DecodeSession.decode(path);
  }

  private static boolean isRiffWave(byte[] h) {
    return h.length >= 12 && h[0] == 'R' && h[1] == 'I' && h[2] == 'F' && h[3] == 'F'
        && h[8] == 'W' && h[9] == 'A' && h[10] == 'V' && h[11] == 'E';
  }
}
