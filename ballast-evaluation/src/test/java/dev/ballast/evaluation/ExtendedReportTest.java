package dev.ballast.evaluation;

import static dev.ballast.evaluation.Fixtures.EMOTION;
import static dev.ballast.evaluation.Fixtures.SOUNDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports of evaluations given probabilities; the component tests work the numbers by hand. */
class ExtendedReportTest {
  private static final double EPS = 1e-12;
  private static final double FLOAT_EPS = 1e-6;
  @TempDir Path dir;

  private static TaskEvaluation single() {
    return TaskEvaluation.singleLabel(EMOTION, Fixtures.TRUTH, Fixtures.PREDICTED,
        ProbabilityFixtures.single());
  }

  private static TaskEvaluation multi() {
    return TaskEvaluation.multiLabel(SOUNDS, Fixtures.multiTruth(), Fixtures.multiPredicted(),
        ProbabilityFixtures.multi());
  }

  private static EvaluationReport report() {
    return new EvaluationReport(List.of(single(), multi()), List.of());
  }

  @Test
  void singleLabelJsonGainsTheExtendedKeys() {
    JsonNode e = report().toJson().get("tasks").get("emotion");
    assertEquals(List.of("kind", "labels", "accuracy", "balanced_accuracy", "macro_f1",
        "weighted_f1", "micro_f1", "min_class_recall", "g_mean", "mcc", "cohen_kappa",
        "roc_auc_macro", "pr_auc_macro", "top_k_accuracy", "ece", "ece_adaptive", "mce", "brier",
        "nll", "macro_f1_ci95", "balanced_accuracy_ci95", "bootstrap", "per_class",
        "confusion_matrix", "warnings"), fieldNames(e));
    assertEquals(1.3 / 3, e.get("macro_f1").asDouble(), EPS, "existing keys keep their values");
    assertEquals(0.0, e.get("g_mean").asDouble(), EPS);
    assertEquals(5 / Math.sqrt(192), e.get("mcc").asDouble(), EPS);
    assertEquals(1.0 / 3, e.get("cohen_kappa").asDouble(), EPS);
    assertEquals(17.0 / 18, e.get("roc_auc_macro").asDouble(), EPS);
    assertEquals(17.0 / 18, e.get("pr_auc_macro").asDouble(), EPS);
    assertEquals(List.of("2"), fieldNames(e.get("top_k_accuracy")), "K = 3: only k = 2 < K");
    assertEquals(0.8, e.get("top_k_accuracy").get("2").asDouble(), EPS);
    assertEquals(0.42, e.get("ece").asDouble(), FLOAT_EPS);
    assertEquals(0.42, e.get("ece_adaptive").asDouble(), FLOAT_EPS);
    assertEquals(0.5, e.get("mce").asDouble(), FLOAT_EPS);
    assertEquals(0.452, e.get("brier").asDouble(), FLOAT_EPS);
    assertEquals(-(2 * Math.log(0.6) + Math.log(0.4) + Math.log(0.7) + Math.log(0.2)) / 5,
        e.get("nll").asDouble(), FLOAT_EPS);
    assertInterval(e.get("macro_f1_ci95"), e.get("macro_f1").asDouble());
    assertInterval(e.get("balanced_accuracy_ci95"), e.get("balanced_accuracy").asDouble());
    assertEquals("{\"method\":\"percentile\",\"confidence\":0.95,\"resamples\":1000,\"seed\":0}",
        e.get("bootstrap").toString());
    JsonNode a = e.get("per_class").get("a");
    assertEquals(List.of("precision", "recall", "f1", "support", "roc_auc", "pr_auc"),
        fieldNames(a));
    assertEquals(5.0 / 6, a.get("roc_auc").asDouble(), EPS);
    assertEquals(5.0 / 6, a.get("pr_auc").asDouble(), EPS);
  }

  @Test
  void multiLabelJsonGainsTheExtendedKeysWithNullForUndefined() {
    JsonNode s = report().toJson().get("tasks").get("sounds");
    assertEquals(List.of("kind", "labels", "accuracy", "balanced_accuracy", "macro_f1",
        "weighted_f1", "micro_f1", "min_class_recall", "subset_accuracy", "hamming_loss",
        "jaccard_samples", "jaccard_macro", "sensitivity", "specificity", "icbhi_score",
        "roc_auc_macro", "pr_auc_macro", "ece", "ece_adaptive", "mce", "brier", "nll",
        "macro_f1_ci95", "balanced_accuracy_ci95", "bootstrap", "per_class", "warnings"),
        fieldNames(s));
    assertEquals(0.5, s.get("subset_accuracy").asDouble(), EPS);
    assertEquals(1.0 / 6, s.get("hamming_loss").asDouble(), EPS);
    assertEquals(0.375, s.get("jaccard_samples").asDouble(), EPS);
    assertEquals(1.0 / 3, s.get("jaccard_macro").asDouble(), EPS);
    assertEquals(0.5, s.get("icbhi_score").asDouble(), EPS);
    // per label: x 1 (AP 1); y: .4 vs .2 .6 .1 -> 2/3 (AP 1/2); z has no positives -> null
    assertEquals(5.0 / 6, s.get("roc_auc_macro").asDouble(), EPS);
    assertEquals(0.75, s.get("pr_auc_macro").asDouble(), EPS);
    assertTrue(s.get("per_class").get("z").get("roc_auc").isNull());
    assertTrue(s.get("per_class").get("z").get("pr_auc").isNull());
    assertEquals(2.0 / 3, s.get("per_class").get("y").get("roc_auc").asDouble(), EPS);
    // 12 cells; gaps by bin: five .1 cells (all false) .1 each, two .2 cells .2 each, .3 -> .3,
    // .4 (true) -> .6, .6 (false) -> .6, .8 (true) -> .2, .9 (true) -> .1: ECE = 2.7 / 12
    assertEquals(0.225, s.get("ece").asDouble(), FLOAT_EPS);
    assertEquals(0.6, s.get("mce").asDouble(), FLOAT_EPS);
    // squared errors: 5 x .01 + 2 x .04 + .09 + .36 + .36 + .04 + .01 = .99, over 12 cells
    assertEquals(0.0825, s.get("brier").asDouble(), FLOAT_EPS);
    assertInterval(s.get("macro_f1_ci95"), s.get("macro_f1").asDouble());
    assertEquals("sounds: ROC-AUC of 'z' is undefined (no true examples); reported as null",
        s.get("warnings").get(6).asText(), "extended warnings follow the metrics' own");
  }

  @Test
  void undefinedValuesAreNullInTheWrittenFile() throws Exception {
    int[] truth = {0, 0, 1, 1, 1}; // no example of c
    new EvaluationReport(List.of(TaskEvaluation.singleLabel(EMOTION, truth, Fixtures.PREDICTED,
        ProbabilityFixtures.single())), List.of()).write(dir);
    JsonNode e = new ObjectMapper().readTree(Files.readString(dir.resolve("metrics.json")))
        .get("tasks").get("emotion");
    assertTrue(e.get("per_class").get("c").get("roc_auc").isNull());
    assertTrue(e.get("per_class").get("c").get("pr_auc").isNull());
    assertTrue(e.get("roc_auc_macro").isDouble(), "macro over the classes that have a value");
    assertTrue(e.get("warnings").toString().contains(
        "emotion: ROC-AUC of 'c' is undefined (no true examples); reported as null"));
  }

  @Test
  void textShowsACompactSummaryBlock() {
    TaskEvaluation.Single t = (TaskEvaluation.Single) single();
    BootstrapIntervals b = t.extended().orElseThrow().intervals();
    String expected = """

        summary
          g-mean 0.000  MCC 0.361  Cohen's kappa 0.333
          ROC-AUC macro 0.944  PR-AUC macro 0.944  top-2 accuracy 0.800
          ROC-AUC per class:  a 0.833  b 1.000  c 1.000
          PR-AUC  per class:  a 0.833  b 1.000  c 1.000
          ECE 0.420  adaptive ECE 0.420  MCE 0.500  Brier 0.452  NLL 0.781
          95%% CI: macro-F1 %s  balanced accuracy %s
            (percentile bootstrap, 1000 resamples, seed 0)

        confusion matrix""".formatted(ci(b.macroF1().orElseThrow()),
            ci(b.balancedAccuracy().orElseThrow()));
    String text = report().toText();
    assertTrue(text.contains("min-class recall:  0.00\n" + expected), text);
    assertTrue(text.contains("""
          ROC-AUC macro 0.833  PR-AUC macro 0.750
          ROC-AUC per label:  x 1.000  y 0.667  z n/a
        """), text);
    assertTrue(text.contains("  Hamming loss 0.167  Jaccard samples 0.375  Jaccard macro 0.333\n"
        + "  ICBHI score 0.500  sensitivity 0.500  specificity 0.500\n"), text);
    assertTrue(text.contains("\nwarnings (10):\n"), text);
  }

  @Test
  void withoutProbabilitiesTheReportKeepsItsOriginalSchema() {
    TaskEvaluation old = TaskEvaluation.singleLabel(EMOTION, Fixtures.TRUTH, Fixtures.PREDICTED);
    EvaluationReport r = new EvaluationReport(List.of(old), List.of());
    assertFalse(r.toJson().get("tasks").get("emotion").has("g_mean"));
    assertFalse(r.toText().contains("summary"));
    assertEquals(old.metrics().warnings(), old.warnings());
  }

  @Test
  void unlabelledExamplesAreLeftOutOfTheExtendedMetrics() {
    // labelled rows 0, 2, 4 of the fixture: truth a, b, c, each the argmax of its row
    int[] truth = {0, -1, 1, -1, 2};
    TaskEvaluation.Single t = (TaskEvaluation.Single) TaskEvaluation.singleLabel(EMOTION, truth,
        new int[] {0, 1, 1, 1, 0}, ProbabilityFixtures.single());
    SingleLabelExtendedMetrics e = t.extended().orElseThrow();
    // c: .2 vs .1 .1 -> 1; a: .6 vs .2 .5 -> 1; b: .7 vs .3 .3 -> 1
    assertEquals(1.0, e.ranking().rocAucMacro().getAsDouble(), EPS);
    // rows [.6 .3 .1] a, [.2 .7 .1] b, [.5 .3 .2] c: c is third -> top-2 2/3
    assertEquals(2.0 / 3, e.topKAccuracy().get(2).getAsDouble(), EPS);
    // -(ln .6 + ln .7 + ln .2) / 3
    assertEquals(-(Math.log(0.6) + Math.log(0.7) + Math.log(0.2)) / 3,
        e.calibration().logLoss().getAsDouble(), FLOAT_EPS);
  }

  @Test
  void badProbabilitiesAreRejectedWithTheFix() {
    float[][] p = ProbabilityFixtures.single();
    assertEquals("probabilities need one row per example, got 4 rows for 5 examples; pass a row"
        + " for every example, also unlabelled ones", singleMessage(java.util.Arrays.copyOf(p, 4)));
    p[1] = new float[] {0.5f, 0.5f};
    assertEquals("probabilities[1] has 2 entries but [a, b, c] has 3 labels; pass one probability"
        + " per label in vocabulary order", singleMessage(p));
    p[1] = new float[] {Float.NaN, 0.5f, 0.5f};
    assertEquals("probabilities[1][0] = NaN is not a probability; pass values in [0, 1] (apply"
        + " softmax to the logits)", singleMessage(p));
    p[1] = new float[] {0.5f, 0.5f, 0.5f};
    assertEquals("probabilities[1] sums to 1.5 but a single-label row must sum to 1 (within"
        + " 0.001); apply softmax to the logits", singleMessage(p));
    float[][] m = ProbabilityFixtures.multi();
    m[0][2] = 1.5f;
    assertEquals("probabilities[0][2] = 1.5 is not a probability; pass values in [0, 1] (apply a"
        + " sigmoid to each logit)", assertThrows(IllegalArgumentException.class,
            () -> TaskEvaluation.multiLabel(SOUNDS, Fixtures.multiTruth(),
                Fixtures.multiPredicted(), m)).getMessage());
  }

  @Test
  void wrongTaskKindIsReportedBeforeProbabilities() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaskEvaluation.singleLabel(SOUNDS, new int[] {0}, new int[] {0}, new float[0][]));
    assertEquals("task 'sounds' is multi_label but these metrics are single_label; evaluate it"
        + " with TaskEvaluation.multiLabel", e.getMessage());
  }

  private static String singleMessage(float[][] p) {
    return assertThrows(IllegalArgumentException.class, () -> TaskEvaluation.singleLabel(EMOTION,
        Fixtures.TRUTH, Fixtures.PREDICTED, p)).getMessage();
  }

  private static void assertInterval(JsonNode ci, double point) {
    assertEquals(2, ci.size());
    assertTrue(ci.get(0).asDouble() <= point && point <= ci.get(1).asDouble(),
        ci + " contains " + point);
  }

  private static String ci(ConfidenceInterval c) {
    return "[" + Decimals.fixed(c.lower(), 3) + ", " + Decimals.fixed(c.upper(), 3) + "]";
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
