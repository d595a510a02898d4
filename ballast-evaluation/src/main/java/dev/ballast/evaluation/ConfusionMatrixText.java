package dev.ballast.evaluation;

/**
 * A confusion matrix as a text table: one row per true label, one column per predicted label,
 * headed by label names, cells right-aligned and two spaces apart.
 */
final class ConfusionMatrixText {
  private ConfusionMatrixText() {}

  static String format(ConfusionMatrix cm) {
    int k = cm.size();
    int nameWidth = 0;
    int[] colWidth = new int[k];
    for (int c = 0; c < k; c++) {
      String label = cm.vocabulary().label(c);
      nameWidth = Math.max(nameWidth, label.length());
      colWidth[c] = label.length();
      for (int t = 0; t < k; t++) {
        colWidth[c] = Math.max(colWidth[c], String.valueOf(cm.count(t, c)).length());
      }
    }
    StringBuilder out = new StringBuilder(ClassificationReportText.pad("", nameWidth));
    for (int c = 0; c < k; c++) {
      out.append("  ").append(ClassificationReportText.pad(cm.vocabulary().label(c), colWidth[c]));
    }
    out.append('\n');
    for (int t = 0; t < k; t++) {
      out.append(ClassificationReportText.pad(cm.vocabulary().label(t), nameWidth));
      for (int c = 0; c < k; c++) {
        out.append("  ")
            .append(ClassificationReportText.pad(String.valueOf(cm.count(t, c)), colWidth[c]));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
