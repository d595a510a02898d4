package dev.ballast.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code metrics.json} tree: {@code {"tasks": {name: {...}}, "skipped": [...], extra...}},
 * tasks and labels in their given order.
 */
final class MetricsJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private MetricsJson() {}

  static ObjectNode build(List<TaskEvaluation> tasks, List<EvaluationReport.SkippedRow> skipped,
      Map<String, JsonNode> extra) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode taskNodes = root.putObject("tasks");
    for (TaskEvaluation t : tasks) {
      task(taskNodes.putObject(t.task().name()), t);
    }
    ArrayNode skippedNodes = root.putArray("skipped");
    for (EvaluationReport.SkippedRow row : skipped) {
      skippedNodes.addObject().put("path", row.path()).put("error", row.error());
    }
    extra.forEach((key, value) -> root.set(key, value.deepCopy()));
    return root;
  }

  private static void task(ObjectNode node, TaskEvaluation t) {
    ClassificationMetrics m = t.metrics();
    node.put("kind", t.task().kind().jsonName());
    ArrayNode labels = node.putArray("labels");
    m.vocabulary().labels().forEach(labels::add);
    node.put("accuracy", m.accuracy());
    node.put("balanced_accuracy", m.balancedAccuracy());
    node.put("macro_f1", m.macroF1());
    node.put("weighted_f1", m.weightedF1());
    node.put("micro_f1", m.microF1());
    node.put("min_class_recall", m.minClassRecall());
    Optional<RankingScores> ranking = Optional.empty();
    if (t instanceof TaskEvaluation.Single s && s.extended().isPresent()) {
      ExtendedMetricsJson.single(node, s.extended().get());
      ranking = Optional.of(s.extended().get().ranking());
    } else if (t instanceof TaskEvaluation.Multi mt && mt.extended().isPresent()) {
      ExtendedMetricsJson.multi(node, mt.metrics(), mt.extended().get());
      ranking = Optional.of(mt.extended().get().ranking());
    }
    ObjectNode perClass = node.putObject("per_class");
    for (int c = 0; c < m.perClass().size(); c++) {
      ClassMetrics scores = m.perClass().get(c);
      ObjectNode entry = perClass.putObject(scores.label()).put("precision", scores.precision())
          .put("recall", scores.recall()).put("f1", scores.f1()).put("support", scores.support());
      if (ranking.isPresent()) {
        ExtendedMetricsJson.put(entry, "roc_auc", ranking.get().rocAuc().get(c));
        ExtendedMetricsJson.put(entry, "pr_auc", ranking.get().prAuc().get(c));
      }
    }
    if (t instanceof TaskEvaluation.Single s) {
      ArrayNode rows = node.putArray("confusion_matrix");
      for (long[] row : s.metrics().confusionMatrix().counts()) {
        ArrayNode cells = rows.addArray();
        for (long c : row) {
          cells.add(c);
        }
      }
    }
    ArrayNode warnings = node.putArray("warnings");
    t.warnings().forEach(warnings::add);
  }
}
