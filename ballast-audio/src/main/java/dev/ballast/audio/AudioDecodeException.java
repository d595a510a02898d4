package dev.ballast.audio;

import java.nio.file.Path;

/** A file that cannot be turned into audio: broken, truncated, empty or in an unsupported format. */
public class AudioDecodeException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Path path;

  public AudioDecodeException(Path path, String cause) {
    super(path + ": " + cause);
    this.path = path;
  }

  public AudioDecodeException(Path path, String cause, Throwable throwable) {
    super(path + ": " + cause, throwable);
    this.path = path;
  }

  public Path path() {
    return path;
  }
}
