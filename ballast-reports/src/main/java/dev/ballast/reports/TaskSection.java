package dev.ballast.reports;

import dev.ballast.evaluation.BootstrapIntervals;
import dev.ballast.evaluation.CalibrationScores;
import dev.ballast.evaluation.ClassMetrics;
import dev.ballast.evaluation.ClassificationMetrics;
import dev.ballast.evaluation.RankingScores;
import dev.ballast.evaluation.TaskEvaluation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One task's part of the page: heading and kind, headline numbers, the per-class table, warnings,
 * figures and the notes on what was left out. Every string from data is escaped.
 */
final class TaskSection {
  /** The extended metrics both task kinds share. */
  private record Extended(RankingScores ranking, CalibrationScores calibration,
      BootstrapIntervals intervals, String extraName, OptionalDouble extraValue) {}

  private TaskSection() {}

  static String html(String anchor, TaskEvaluation evaluation, Optional<long[]> trainingSupport,
      TaskFigures figures) {
    ClassificationMetrics m = evaluation.metrics();
    Optional<Extended> ext = extended(evaluation);
    StringBuilder out = new StringBuilder();
    out.append("<section id=\"").append(anchor).append("\"><h2>")
        .append(Html.escape(evaluation.task().name())).append(" <span class=\"kind\">")
        .append(evaluation.task().kind().jsonName()).append("</span></h2>\n");
    out.append(headline(evaluation, m, ext));
    out.append(perClassTable(m, trainingSupport, ext.map(Extended::ranking)));
    out.append("<h3>Warnings</h3>");
    out.append(list(evaluation.warnings(), "none"));
    out.append("<h3>Figures</h3><div class=\"figures\">");
    for (Figure f : figures.figures()) {
      out.append("<figure>").append(Html.image(f.png(), f.caption())).append("<figcaption>")
          .append(Html.escape(f.caption())).append("</figcaption></figure>\n");
    }
    out.append("</div>");
    if (!figures.notes().isEmpty()) {
      out.append("<div class=\"notes\">").append(list(figures.notes(), "")).append("</div>");
    }
    return out.append("</section>\n").toString();
  }

  private static String headline(TaskEvaluation evaluation, ClassificationMetrics m,
      Optional<Extended> ext) {
    boolean multi = evaluation instanceof TaskEvaluation.Multi;
    StringBuilder out = new StringBuilder("<table class=\"headline\"><tr>");
    StringBuilder values = new StringBuilder("</tr><tr>");
    cell(out, values, "examples", Long.toString(m.examplesEvaluated()));
    cell(out, values, multi ? "subset accuracy" : "accuracy", Html.number(m.accuracy()));
    cell(out, values, "balanced accuracy", Html.withInterval(m.balancedAccuracy(),
        ext.flatMap(e -> e.intervals().balancedAccuracy())));
    cell(out, values, "macro-F1", Html.withInterval(m.macroF1(),
        ext.flatMap(e -> e.intervals().macroF1())));
    cell(out, values, "min-class recall", Html.number(m.minClassRecall()));
    ext.ifPresent(e -> {
      cell(out, values, "ECE", Html.number(e.calibration().expectedCalibrationError()));
      cell(out, values, "macro ROC-AUC", Html.number(e.ranking().rocAucMacro()));
      cell(out, values, "macro PR-AUC", Html.number(e.ranking().prAucMacro()));
      cell(out, values, e.extraName(), Html.number(e.extraValue()));
    });
    out.append(values).append("</tr></table>\n");
    if (ext.isPresent()) {
      out.append("<p class=\"small\">Brackets: bootstrap 95&nbsp;% interval (")
          .append(ext.get().intervals().bootstrap().resamples()).append(" resamples, seed ")
          .append(ext.get().intervals().bootstrap().seed()).append(").</p>\n");
    }
    return out.toString();
  }

  private static void cell(StringBuilder names, StringBuilder values, String name, String html) {
    names.append("<th>").append(name).append("</th>");
    values.append("<td>").append(html).append("</td>");
  }

  private static String perClassTable(ClassificationMetrics m, Optional<long[]> trainingSupport,
      Optional<RankingScores> ranking) {
    StringBuilder out = new StringBuilder("<h3>Per-class scores</h3><table class=\"classes\">"
        + "<tr><th>label</th><th>precision</th><th>recall</th><th>F1</th><th>test support</th>");
    trainingSupport.ifPresent(s -> out.append("<th>training support</th>"));
    ranking.ifPresent(r -> out.append("<th>ROC-AUC</th><th>PR-AUC</th>"));
    out.append("</tr>\n");
    List<ClassMetrics> perClass = m.perClass();
    for (int c = 0; c < perClass.size(); c++) {
      ClassMetrics cm = perClass.get(c);
      boolean lowest = cm.support() > 0 && cm.recall() == m.minClassRecall();
      out.append("<tr><td class=\"label\">").append(Html.escape(cm.label())).append("</td><td>")
          .append(Html.number(cm.precision())).append("</td><td")
          .append(lowest ? " class=\"lowest\" title=\"lowest recall\"" : "").append('>')
          .append(Html.number(cm.recall())).append("</td><td>").append(Html.number(cm.f1()))
          .append("</td><td>").append(cm.support()).append("</td>");
      int k = c;
      trainingSupport.ifPresent(s -> out.append("<td>").append(s[k]).append("</td>"));
      ranking.ifPresent(r -> out.append("<td>").append(Html.number(r.rocAuc().get(k)))
          .append("</td><td>").append(Html.number(r.prAuc().get(k))).append("</td>"));
      out.append("</tr>\n");
    }
    return out.append("</table>\n").toString();
  }

  static String list(List<String> items, String whenEmpty) {
    if (items.isEmpty()) {
      return "<p>" + Html.escape(whenEmpty) + "</p>";
    }
    StringBuilder out = new StringBuilder("<ul>");
    items.forEach(i -> out.append("<li>").append(Html.escape(i)).append("</li>"));
    return out.append("</ul>\n").toString();
  }

  private static Optional<Extended> extended(TaskEvaluation evaluation) {
    if (evaluation instanceof TaskEvaluation.Single s) {
      return s.extended().map(e -> new Extended(e.ranking(), e.calibration(), e.intervals(),
          "MCC", e.agreement().mcc()));
    }
    return ((TaskEvaluation.Multi) evaluation).extended().map(e -> new Extended(e.ranking(),
        e.calibration(), e.intervals(), "Hamming loss", e.sets().hammingLoss()));
  }
}
