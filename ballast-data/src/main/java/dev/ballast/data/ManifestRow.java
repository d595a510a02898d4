package dev.ballast.data;

import java.nio.file.Path;
import java.util.Map;

/**
 * One manifest row.
 *
 * @param line 1-based line number in the CSV file (the header is line 1)
 * @param audioPath resolved against the manifest's folder
 * @param startSec segment start, NaN for the whole file
 * @param endSec segment end, NaN for the whole file
 * @param group speaker / patient / recording id; the row's own id when the column is absent
 * @param cells every column of the row by header name
 */
public record ManifestRow(int line, Path audioPath, double startSec, double endSec, String group,
    Map<String, String> cells) {

  public ManifestRow {
    cells = Map.copyOf(cells);
  }

  public boolean hasSegment() {
    return !Double.isNaN(startSec) || !Double.isNaN(endSec);
  }

  /** A short description for messages and skip lists: the path and, if any, the segment. */
  public String describe() {
    return hasSegment() ? audioPath + " [" + startSec + ", " + endSec + ")" : audioPath.toString();
  }
}
