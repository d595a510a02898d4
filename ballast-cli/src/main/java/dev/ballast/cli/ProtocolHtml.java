package dev.ballast.cli;

import dev.ballast.evaluation.EvaluationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** The protocol's self-contained HTML page: the mean ± std table and the learning curve. */
final class ProtocolHtml {
  private ProtocolHtml() {}

  static void write(Path dir, String markdownTable, EvaluationReport lastRun) throws IOException {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<title>Ballast label-budget protocol</title><style>body{font-family:sans-serif;"
        + "margin:2em}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;"
        + "text-align:right}pre{background:#f6f6f6;padding:1em}</style></head><body>"
        + "<h1>Label-budget protocol</h1><table>");
    boolean header = true;
    for (String line : markdownTable.split("\n")) {
      if (!line.startsWith("|") || line.startsWith("|---")) {
        continue;
      }
      html.append("<tr>");
      for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
        String tag = header ? "th" : "td";
        html.append('<').append(tag).append('>').append(escape(cell.strip())).append("</")
            .append(tag).append('>');
      }
      html.append("</tr>");
      header = false;
    }
    html.append("</table>");
    Path png = dir.resolve("learning-curve.png");
    if (Files.exists(png)) {
      html.append("<h2>Learning curve</h2><img alt=\"learning curve\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(Files.readAllBytes(png))).append("\">");
    }
    if (lastRun != null) {
      html.append("<h2>Last run (largest budget, last seed)</h2><p>Figures and per-class tables: "
          + "<a href=\"last-run/report.html\">last-run/report.html</a></p><pre>")
          .append(escape(lastRun.toText())).append("</pre>");
    }
    html.append("</body></html>\n");
    Files.writeString(dir.resolve("report.html"), html, StandardCharsets.UTF_8);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
