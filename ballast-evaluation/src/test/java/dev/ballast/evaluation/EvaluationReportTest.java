package dev.ballast.evaluation;

import static dev.ballast.evaluation.Fixtures.EMOTION;
import static dev.ballast.evaluation.Fixtures.SOUNDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationReportTest {
  private static final double EPS = 1e-12;
  @TempDir Path dir;

  private static EvaluationReport report() {
    return new EvaluationReport(
        List.of(TaskEvaluation.singleLabel(EMOTION, Fixtures.TRUTH, Fixtures.PREDICTED),
            TaskEvaluation.multiLabel(SOUNDS, Fixtures.multiTruth(), Fixtures.multiPredicted())),
        List.of(new EvaluationReport.SkippedRow("clips/broken.wav", "not a WAV file")));
  }

  @Test
  void textHasEachTaskThenTheSkippedRows() {
    String expected = """
        emotion (single_label, 5 examples)
        ==================================

                      precision    recall  f1-score   support

                   a       0.50      0.50      0.50         2
                   b       0.67      1.00      0.80         2
                   c       0.00      0.00      0.00         1

            accuracy                           0.60         5
           macro avg       0.39      0.50      0.43         5
        weighted avg       0.47      0.60      0.52         5

        balanced accuracy: 0.50
        min-class recall:  0.00

        confusion matrix (rows: true label, columns: predicted label)
           a  b  c
        a  1  1  0
        b  0  2  0
        c  1  0  0

        warnings (1):
          emotion: precision of 'c' is undefined (no predictions); set to 0

        sounds (multi_label, 4 examples)
        ================================

                      precision    recall  f1-score   support

                   x       1.00      1.00      1.00         2
                   y       0.00      0.00      0.00         1
                   z       0.00      0.00      0.00         0

           micro avg       0.67      0.67      0.67         3
           macro avg       0.33      0.33      0.33         3
        weighted avg       0.67      0.67      0.67         3

        subset accuracy:   0.50
        balanced accuracy: 0.61
        min-class recall:  0.00

        warnings (4):
          sounds: precision of 'z' is undefined (no predictions); set to 0
          sounds: recall of 'z' is undefined (no true examples); set to 0
          sounds: F1 of 'z' is undefined (no true examples and no predictions); set to 0
          sounds: classes without true examples are left out of min-class recall: 'z'

        Skipped rows (1):
          clips/broken.wav: not a WAV file
        """;
    assertEquals(expected, report().toText());
  }

  @Test
  void textSaysWhenNothingWasSkipped() {
    int[] y = {0, 1, 2};
    String text = new EvaluationReport(List.of(TaskEvaluation.singleLabel(EMOTION, y, y)),
        List.of()).toText();
    assertTrue(text.contains("\nwarnings: none\n"), text);
    assertTrue(text.endsWith("\nSkipped rows: none\n"), text);
    assertTrue(text.startsWith("emotion (single_label, 3 examples)\n"), text);
  }

  @Test
  void jsonFollowsTheSchema() {
    JsonNode root = report().toJson();
    assertEquals(List.of("tasks", "skipped"), fieldNames(root));
    assertEquals(List.of("emotion", "sounds"), fieldNames(root.get("tasks")));

    JsonNode emotion = root.get("tasks").get("emotion");
    assertEquals(List.of("kind", "labels", "accuracy", "balanced_accuracy", "macro_f1",
        "weighted_f1", "micro_f1", "min_class_recall", "per_class", "confusion_matrix",
        "warnings"), fieldNames(emotion));
    assertEquals("single_label", emotion.get("kind").asText());
    assertEquals("[\"a\",\"b\",\"c\"]", emotion.get("labels").toString());
    assertEquals(0.6, emotion.get("accuracy").asDouble(), EPS);
    assertEquals(0.5, emotion.get("balanced_accuracy").asDouble(), EPS);
    assertEquals(1.3 / 3, emotion.get("macro_f1").asDouble(), EPS);
    assertEquals(0.52, emotion.get("weighted_f1").asDouble(), EPS);
    assertEquals(0.6, emotion.get("micro_f1").asDouble(), EPS);
    assertEquals(0.0, emotion.get("min_class_recall").asDouble(), EPS);
    assertEquals(List.of("a", "b", "c"), fieldNames(emotion.get("per_class")));
    JsonNode b = emotion.get("per_class").get("b");
    assertEquals(List.of("precision", "recall", "f1", "support"), fieldNames(b));
    assertEquals(2.0 / 3, b.get("precision").asDouble(), EPS);
    assertEquals(1.0, b.get("recall").asDouble(), EPS);
    assertEquals(0.8, b.get("f1").asDouble(), EPS);
    assertTrue(b.get("support").isIntegralNumber());
    assertEquals(2, b.get("support").asLong());
    assertEquals("[[1,1,0],[0,2,0],[1,0,0]]", emotion.get("confusion_matrix").toString());
    assertEquals("[\"emotion: precision of 'c' is undefined (no predictions); set to 0\"]",
        emotion.get("warnings").toString());

    JsonNode sounds = root.get("tasks").get("sounds");
    assertEquals("multi_label", sounds.get("kind").asText());
    assertFalse(sounds.has("confusion_matrix"));
    assertEquals(2.0 / 3, sounds.get("micro_f1").asDouble(), EPS);
    assertEquals(0.5, sounds.get("accuracy").asDouble(), EPS);
    assertEquals(4, sounds.get("warnings").size());

    assertEquals("[{\"path\":\"clips/broken.wav\",\"error\":\"not a WAV file\"}]",
        root.get("skipped").toString());
  }

  @Test
  void writeCreatesTheFolderWithReportAndPrettyMetrics() throws Exception {
    Path out = dir.resolve("eval/run1");
    EvaluationReport report = report().withExtra("model", Map.of("name", "cnn14"));
    report.write(out);
    assertEquals(report.toText(), Files.readString(out.resolve("report.txt")));
    String json = Files.readString(out.resolve("metrics.json"));
    assertTrue(json.contains("\n  \"tasks\" : {\n"), json);
    JsonNode parsed = new ObjectMapper().readTree(json);
    assertEquals(report.toJson().toString(), parsed.toString(), "same tree; supports parse as int");
    assertEquals("cnn14", parsed.get("model").get("name").asText());
  }

  @Test
  void extraEntriesFollowTheReportsOwnInOrder() {
    EvaluationReport report = report().withExtra("provenance", Map.of("seed", 7))
        .withExtra("model", "cnn14");
    JsonNode root = report.toJson();
    assertEquals(List.of("tasks", "skipped", "provenance", "model"), fieldNames(root));
    assertEquals(7, root.get("provenance").get("seed").asInt());
    assertEquals("cnn14", root.get("model").asText());
    assertEquals(List.of("tasks", "skipped"), fieldNames(report().toJson()),
        "withExtra returns a copy");
  }

  @Test
  void extraValuesAreCopiedSoTheReportStaysImmutable() {
    ObjectNode provenance = new ObjectMapper().createObjectNode().put("seed", 7);
    EvaluationReport report = report().withExtra("provenance", provenance).withExtra("note", null);
    provenance.put("seed", 8);
    report.toJson().withObject("/provenance").put("seed", 9);
    assertEquals(7, report.toJson().get("provenance").get("seed").asInt());
    assertTrue(report.toJson().get("note").isNull());
  }

  @Test
  void reservedExtraKeyIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> report().withExtra("tasks", "x"));
    assertTrue(e.getMessage().startsWith("extra key 'tasks' is reserved for the report's own"
        + " entries "), e.getMessage());
    assertTrue(e.getMessage().endsWith("; choose another key, e.g. 'provenance'"), e.getMessage());
  }

  @Test
  void repeatedExtraKeyIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> report().withExtra("model", "a").withExtra("model", "b"));
    assertEquals("extra key 'model' is already set; add each extra key once", e.getMessage());
  }

  @Test
  void repeatedTaskIsRejected() {
    TaskEvaluation t = TaskEvaluation.singleLabel(EMOTION, Fixtures.TRUTH, Fixtures.PREDICTED);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new EvaluationReport(List.of(t, t), List.of()));
    assertEquals("task 'emotion' appears twice in the report; evaluate each task once",
        e.getMessage());
  }

  @Test
  void sideBySidePutsTwoTextsInColumns() {
    String text = EvaluationReport.sideBySide("baseline", "a 1\nbb 2\n", "balanced",
        "a 3\nbb 4\ncc 5\n");
    String expected = """
        baseline | balanced
        -------- | --------
        a 1      | a 3
        bb 2     | bb 4
                 | cc 5
        """;
    assertEquals(expected, text);
  }

  @Test
  void sideBySideWidensToTheLongestLeftLine() {
    String text = EvaluationReport.sideBySide("A", "longer line", "B", "x");
    assertEquals("A           | B\n-           | -\nlonger line | x\n", text);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
