package dev.ballast.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes manifest rows to a new CSV, with paths made relative to the new file's folder. */
public final class ManifestWriter {
  private ManifestWriter() {}

  public static void write(Path out, List<String> header, List<ManifestRow> rows)
      throws IOException {
    Path base = out.toAbsolutePath().getParent();
    Files.createDirectories(base);
    StringBuilder sb = new StringBuilder(Csv.line(header)).append('\n');
    for (ManifestRow r : rows) {
      List<String> fields = new ArrayList<>();
      for (String h : header) {
        fields.add(h.equals(Manifest.PATH) ? relative(base, r.audioPath()) : r.cells().get(h));
      }
      sb.append(Csv.line(fields)).append('\n');
    }
    Files.writeString(out, sb, StandardCharsets.UTF_8);
  }

  private static String relative(Path base, Path audio) {
    try {
      return base.relativize(audio.toAbsolutePath()).toString();
    } catch (IllegalArgumentException e) {
      return audio.toAbsolutePath().toString();
    }
  }
}
