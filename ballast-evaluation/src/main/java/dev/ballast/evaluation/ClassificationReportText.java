package dev.ballast.evaluation;

import java.util.List;

/**
 * The text of scikit-learn's {@code classification_report(digits=2)}: a right-aligned name column
 * as wide as the longest label or "weighted avg", then four 9-wide columns each after two spaces.
 * Single-label tasks get an "accuracy" row; multi-label tasks get "micro avg" (no "samples avg").
 */
final class ClassificationReportText {
  private static final int DIGITS = 2;
  private static final String LONGEST_AVERAGE = "weighted avg";

  private ClassificationReportText() {}

  static String format(ClassificationMetrics m) {
    List<ClassMetrics> perClass = m.perClass();
    int width = Math.max(LONGEST_AVERAGE.length(), DIGITS);
    for (ClassMetrics c : perClass) {
      width = Math.max(width, c.label().length());
    }
    StringBuilder out = new StringBuilder();
    out.append(pad("", width)).append(' ');
    for (String h : List.of("precision", "recall", "f1-score", "support")) {
      out.append(' ').append(pad(h, 9));
    }
    out.append("\n\n");
    for (ClassMetrics c : perClass) {
      row(out, width, c.label(), c.precision(), c.recall(), c.f1(), c.support());
    }
    out.append('\n');
    long support = m.totalSupport();
    if (m instanceof SingleLabelMetrics) {
      // precision and recall cells stay blank: each is a space plus nine spaces
      out.append(pad("accuracy", width)).append(' ').append(" ".repeat(2 * 10))
          .append(' ').append(pad(Decimals.fixed(m.accuracy(), DIGITS), 9))
          .append(' ').append(pad(String.valueOf(support), 9)).append('\n');
    } else {
      row(out, width, "micro avg", m.micro(), support);
    }
    row(out, width, "macro avg", m.macro(), support);
    row(out, width, LONGEST_AVERAGE, m.weighted(), support);
    return out.toString();
  }

  private static void row(StringBuilder out, int width, String name, Average a, long support) {
    row(out, width, name, a.precision(), a.recall(), a.f1(), support);
  }

  private static void row(StringBuilder out, int width, String name, double precision,
      double recall, double f1, long support) {
    out.append(pad(name, width)).append(' ');
    for (double v : new double[] {precision, recall, f1}) {
      out.append(' ').append(pad(Decimals.fixed(v, DIGITS), 9));
    }
    out.append(' ').append(pad(String.valueOf(support), 9)).append('\n');
  }

  /** Right-aligns {@code s} in {@code width} characters. */
  static String pad(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
