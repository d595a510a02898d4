package dev.ballast.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

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
    ObjectNode perClass = node.putObject("per_class");
    for (ClassMetrics c : m.perClass()) {
      perClass.putObject(c.label()).put("precision", c.precision()).put("recall", c.recall())
          .put("f1", c.f1()).put("support", c.support());
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
    m.warnings().forEach(warnings::add);
  }
}
