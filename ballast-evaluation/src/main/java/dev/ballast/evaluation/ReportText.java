package dev.ballast.evaluation;

import java.util.List;

/**
 * The human-readable evaluation report: one section per task (with a summary block when it has
 * extended metrics), then the skipped rows.
 */
final class ReportText {
  private ReportText() {}

  static String format(List<TaskEvaluation> tasks, List<EvaluationReport.SkippedRow> skipped) {
    StringBuilder out = new StringBuilder();
    if (tasks.isEmpty()) {
      out.append("No tasks evaluated.\n\n");
    }
    for (TaskEvaluation t : tasks) {
      task(out, t);
      out.append('\n');
    }
    if (skipped.isEmpty()) {
      out.append("Skipped rows: none\n");
    } else {
      out.append("Skipped rows (").append(skipped.size()).append("):\n");
      for (EvaluationReport.SkippedRow row : skipped) {
        out.append("  ").append(row.path()).append(": ").append(row.error()).append('\n');
      }
    }
    return out.toString();
  }

  private static void task(StringBuilder out, TaskEvaluation t) {
    ClassificationMetrics m = t.metrics();
    long n = m.examplesEvaluated();
    String heading = t.task().name() + " (" + t.task().kind().jsonName() + ", " + n
        + (n == 1 ? " example" : " examples") + ")";
    out.append(heading).append('\n').append("=".repeat(heading.length())).append("\n\n");
    out.append(m.classificationReport()).append('\n');
    if (t instanceof TaskEvaluation.Multi) {
      out.append("subset accuracy:   ").append(fixed(m.accuracy())).append('\n');
    }
    out.append("balanced accuracy: ").append(fixed(m.balancedAccuracy())).append('\n');
    out.append("min-class recall:  ").append(fixed(m.minClassRecall())).append('\n');
    if (t instanceof TaskEvaluation.Single s && s.extended().isPresent()) {
      out.append('\n').append(SummaryText.single(s.metrics(), s.extended().get()));
    } else if (t instanceof TaskEvaluation.Multi mt && mt.extended().isPresent()) {
      out.append('\n').append(SummaryText.multi(mt.metrics(), mt.extended().get()));
    }
    if (t instanceof TaskEvaluation.Single s) {
      out.append("\nconfusion matrix (rows: true label, columns: predicted label)\n")
          .append(ConfusionMatrixText.format(s.metrics().confusionMatrix()));
    }
    List<String> warnings = t.warnings();
    if (warnings.isEmpty()) {
      out.append("\nwarnings: none\n");
    } else {
      out.append("\nwarnings (").append(warnings.size()).append("):\n");
      for (String w : warnings) {
        out.append("  ").append(w).append('\n');
      }
    }
  }

  private static String fixed(double x) {
    return Decimals.fixed(x, 2);
  }
}
