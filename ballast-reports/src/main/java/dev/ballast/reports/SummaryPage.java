package dev.ballast.reports;

import dev.ballast.evaluation.EvaluationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The self-contained summary page of a multi-run command (protocol, compare): the mean ± std
 * table, the chart, and a link to the full report of one run.
 */
public final class SummaryPage {
  private SummaryPage() {}

  /**
   * Writes {@code dir/report.html}: {@code title}, the rows of {@code markdownTable}, the PNG
   * {@code chartFile} of {@code dir} embedded, and {@code run}'s text report with a link to
   * {@code runDir/report.html} (when {@code run} is not null).
   */
  public static void write(Path dir, String title, String markdownTable, String chartFile,
      String runDir, EvaluationReport run) throws IOException {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<title>Ballast: " + Html.escape(title) + "</title><style>body{font-family:sans-serif;"
        + "margin:2em}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;"
        + "text-align:right}pre{background:#f6f6f6;padding:1em}</style></head><body>"
        + "<h1>" + Html.escape(title) + "</h1><table>");
    boolean header = true;
    for (String line : markdownTable.split("\n")) {
      if (!line.startsWith("|") || line.startsWith("|---")) {
        continue;
      }
      html.append("<tr>");
      for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
        String tag = header ? "th" : "td";
        html.append('<').append(tag).append('>').append(Html.escape(cell.strip())).append("</")
            .append(tag).append('>');
      }
      html.append("</tr>");
      header = false;
    }
    html.append("</table>");
    Path png = dir.resolve(chartFile);
    if (Files.exists(png)) {
      html.append("<h2>Chart</h2><img alt=\"chart\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(Files.readAllBytes(png))).append("\">");
    }
    if (run != null) {
      html.append("<h2>One run in full</h2><p>Figures and per-class tables: <a href=\"")
          .append(runDir).append("/report.html\">").append(runDir).append("/report.html</a></p><pre>")
          .append(Html.escape(run.toText())).append("</pre>");
    }
    html.append("</body></html>\n");
    Files.writeString(dir.resolve("report.html"), html, StandardCharsets.UTF_8);
  }
}
