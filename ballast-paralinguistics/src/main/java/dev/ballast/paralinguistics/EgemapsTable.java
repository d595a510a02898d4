package dev.ballast.paralinguistics;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioDecodeException;
import dev.ballast.audio.AudioReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rows for {@code ballast features egemaps FILE...}: a header {@code name,<88 functionals>} and one
 * row per file, or with {@code --lld} a header {@code name,frameTime,<25 descriptors>} and one row
 * per frame. Files at any rate are converted to 16 kHz (band limited to their own Nyquist).
 *
 * @param header column names
 * @param rows one list of cells per row, {@code header.size()} cells each
 */
public record EgemapsTable(List<String> header, List<List<String>> rows) {

  public EgemapsTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** One row of functionals per file. */
  public static EgemapsTable functionals(List<Path> files, AudioReader reader)
      throws AudioDecodeException {
    List<String> header = new ArrayList<>();
    header.add("name");
    header.addAll(Egemaps.FUNCTIONAL_NAMES);
    List<List<String>> rows = new ArrayList<>();
    for (Path file : files) {
      float[] f = Egemaps.functionalsAnyRate(reader.read(file));
      List<String> row = new ArrayList<>(f.length + 1);
      row.add(file.toString());
      for (float v : f) {
        row.add(format(v));
      }
      rows.add(row);
    }
    return new EgemapsTable(header, rows);
  }

  /** One row of descriptors per frame of each file. */
  public static EgemapsTable lld(List<Path> files, AudioReader reader) throws AudioDecodeException {
    List<String> header = new ArrayList<>();
    header.add("name");
    header.add("frameTime");
    header.addAll(Egemaps.LLD_NAMES);
    List<List<String>> rows = new ArrayList<>();
    for (Path file : files) {
      AudioClip clip = reader.read(file);
      EgemapsLld lld = Egemaps.lldAnyRate(clip);
      for (int t = 0; t < lld.frames(); t++) {
        List<String> row = new ArrayList<>(Egemaps.LLD_COUNT + 2);
        row.add(file.toString());
        row.add(String.format(Locale.ROOT, "%.6f", lld.frameTimeSec(t)));
        for (float[] track : lld.values()) {
          row.add(format(track[t]));
        }
        rows.add(row);
      }
    }
    return new EgemapsTable(header, rows);
  }

  /** The table as comma-separated lines, header first. */
  public List<String> csvLines() {
    List<String> lines = new ArrayList<>(rows.size() + 1);
    lines.add(String.join(",", header));
    for (List<String> row : rows) {
      lines.add(String.join(",", row));
    }
    return lines;
  }

  private static String format(float v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
