package dev.ballast.audio;

import java.nio.file.Path;

/**
 * Turns a file into a mono {@link AudioClip} at the file's own sample rate, channels averaged.
 * Implementations are found with {@link java.util.ServiceLoader}; the WAV decoder is built in,
 * others (FFmpeg) are plug-ins on the class path.
 */
public interface AudioDecoder {

  /** A short name for messages, e.g. "wav". */
  String name();

  /** Lower runs first when several decoders accept a file. */
  default int priority() {
    return 100;
  }

  /**
   * Whether this decoder should try the file.
   *
   * @param header the first bytes of the file (up to 64, fewer if the file is shorter)
   */
  boolean accepts(Path path, byte[] header);

  AudioClip decode(Path path) throws AudioDecodeException;
}
