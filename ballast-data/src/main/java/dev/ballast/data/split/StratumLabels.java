package dev.ballast.data.split;

import dev.ballast.data.Manifest;
import dev.ballast.data.TaskKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The labels a manifest cell carries for stratification; an empty cell carries none. */
final class StratumLabels {
  private static final Pattern SEPARATOR = Pattern.compile(Pattern.quote(Manifest.MULTI_SEPARATOR));

  private StratumLabels() {}

  /**
   * Distinct labels of {@code cell}: the whole cell when single-label, its |-separated parts when
   * multi-label.
   */
  static List<String> of(String cell, TaskKind kind) {
    String c = cell == null ? "" : cell.trim();
    if (c.isEmpty()) {
      return List.of();
    }
    if (kind == TaskKind.SINGLE_LABEL) {
      return List.of(c);
    }
    List<String> out = new ArrayList<>();
    for (String part : SEPARATOR.split(c)) {
      String l = part.trim();
      if (!l.isEmpty() && !out.contains(l)) {
        out.add(l);
      }
    }
    return out;
  }
}
