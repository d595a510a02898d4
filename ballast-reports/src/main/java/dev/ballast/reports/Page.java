package dev.ballast.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballast.evaluation.EvaluationReport;
import java.util.List;
import java.util.Map;

/**
 * The page around the task sections: head with inline CSS, contents, the run's provenance, the
 * report's other entries and the skipped files. No scripts, no external resources.
 */
final class Page {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CSS = """
      body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;margin:24px auto;max-width:1380px;
      padding:0 16px;color:#222}
      h1{margin-bottom:4px}h2{border-bottom:2px solid #3182bd;padding-bottom:4px;margin-top:40px}
      .kind{font-size:60%;font-weight:normal;color:#666;background:#eef;padding:2px 6px;
      border-radius:4px}
      table{border-collapse:collapse;margin:8px 0 16px}
      th,td{border:1px solid #ccc;padding:4px 10px;text-align:right;vertical-align:top}
      th{background:#f2f6fa}td.label,td.key,.prov th,.classes th:first-child{text-align:left}
      td.lowest{background:#fde0dd}.ci{color:#666;font-size:85%}
      .small{font-size:85%;color:#555;margin-top:-8px}
      pre{margin:0;text-align:left;white-space:pre-wrap;word-break:break-all;font-size:85%}
      .figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(600px,1fr));gap:18px}
      figure{margin:0;border:1px solid #ddd;padding:8px;background:#fff}
      figure img{max-width:100%;height:auto;display:block;margin:0 auto}
      figcaption{font-size:90%;color:#444;margin-top:6px;text-align:center}
      .notes{font-size:90%;color:#555}
      """;

  private Page() {}

  static String html(String title, EvaluationReport report, List<String> taskSections,
      Map<String, Object> provenance) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head>"
        + "<meta charset=\"utf-8\"><title>").append(Html.escape(title))
        .append("</title>\n<style>\n").append(CSS).append("</style></head><body>\n<h1>")
        .append(Html.escape(title)).append("</h1>\n<p>Tasks: ");
    for (int t = 0; t < report.tasks().size(); t++) {
      out.append(t == 0 ? "" : ", ").append("<a href=\"#task-").append(t).append("\">")
          .append(Html.escape(report.tasks().get(t).task().name())).append("</a>");
    }
    out.append(report.tasks().isEmpty() ? "none" : "").append(" &middot; <a href=\"#provenance\">"
        + "provenance</a> &middot; <a href=\"#skipped\">skipped files</a> ("
        + report.skipped().size() + ")</p>\n");
    taskSections.forEach(out::append);
    out.append("<section id=\"provenance\"><h2>Provenance</h2>\n")
        .append(keyValues(provenance, "no provenance recorded for this run"));
    if (!report.extra().isEmpty()) {
      out.append("<h3>Other report entries</h3>\n").append(keyValues(report.extra(), ""));
    }
    out.append("</section>\n<section id=\"skipped\"><h2>Skipped files</h2>\n")
        .append(skipped(report.skipped())).append("</section>\n</body></html>\n");
    return out.toString();
  }

  private static String keyValues(Map<String, ?> entries, String whenEmpty) {
    if (entries.isEmpty()) {
      return "<p>" + Html.escape(whenEmpty) + "</p>\n";
    }
    StringBuilder out = new StringBuilder("<table class=\"prov\">");
    entries.forEach((key, value) -> out.append("<tr><th>").append(Html.escape(key))
        .append("</th><td class=\"key\">").append(value(key, value)).append("</td></tr>\n"));
    return out.append("</table>\n").toString();
  }

  /** Scalars as text, anything else as indented JSON. */
  private static String value(String key, Object value) {
    JsonNode tree;
    try {
      tree = value instanceof JsonNode node ? node : JSON.valueToTree(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("provenance value of '" + key + "' (" + value.getClass()
          .getName() + ") cannot be written as JSON: " + e.getMessage() + "; pass strings,"
          + " numbers, maps, lists or records", e);
    }
    if (tree == null || tree.isNull()) {
      return "null";
    }
    if (tree.isValueNode()) {
      return Html.escape(tree.asText());
    }
    return "<pre>" + Html.escape(tree.toPrettyString()) + "</pre>";
  }

  private static String skipped(List<EvaluationReport.SkippedRow> rows) {
    if (rows.isEmpty()) {
      return "<p>none</p>\n";
    }
    StringBuilder out = new StringBuilder("<table><tr><th>path</th><th>error</th></tr>\n");
    for (EvaluationReport.SkippedRow row : rows) {
      out.append("<tr><td class=\"key\">").append(Html.escape(row.path()))
          .append("</td><td class=\"key\">").append(Html.escape(row.error()))
          .append("</td></tr>\n");
    }
    return out.append("</table>\n").toString();
  }
}
