package dev.ballast.encoders;

import java.nio.file.Path;

/** A file, or a segment of it ({@code startSec}/{@code endSec} NaN = whole file), to encode. */
public record ClipRequest(Path path, double startSec, double endSec) {
  public static ClipRequest whole(Path path) {
    return new ClipRequest(path, Double.NaN, Double.NaN);
  }

  public String describe() {
    return Double.isNaN(startSec) && Double.isNaN(endSec) ? path.toString()
        : path + " [" + startSec + ", " + endSec + ")";
  }
}
