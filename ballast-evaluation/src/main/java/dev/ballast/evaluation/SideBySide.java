package dev.ballast.evaluation;

import java.util.ArrayList;
import java.util.List;

/** Two texts in two columns, each under its underlined title, separated by " | ". */
final class SideBySide {
  private static final String GUTTER = " | ";

  private SideBySide() {}

  static String format(String leftTitle, String leftText, String rightTitle, String rightText) {
    List<String> left = column(leftTitle, leftText);
    List<String> right = column(rightTitle, rightText);
    int width = left.stream().mapToInt(String::length).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      String l = i < left.size() ? left.get(i) : "";
      String r = i < right.size() ? right.get(i) : "";
      out.append((l + " ".repeat(width - l.length()) + GUTTER + r).stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private static List<String> column(String title, String text) {
    List<String> lines = new ArrayList<>();
    lines.add(title);
    lines.add("-".repeat(title.length()));
    text.lines().map(l -> l.replace("\t", "    ").stripTrailing()).forEach(lines::add);
    return lines;
  }
}
