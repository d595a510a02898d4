package dev.ballast.audio;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} (datasets and references) for tests. */
public final class SharedData {
  private SharedData() {}

  public static Path dir() {
    String configured = System.getProperty("ballast.shared.dir");
    Path p = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    if (!Files.isDirectory(p)) {
      p = Path.of("..", "shared");
    }
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("shared data folder not found at " + p.toAbsolutePath()
          + "; set -Dballast.shared.dir");
    }
    return p.normalize();
  }
}
