package dev.ballast.reports;

import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import dev.ballast.evaluation.EvaluationReport;
import dev.ballast.evaluation.TaskEvaluation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small imbalanced evaluation with seeded synthetic probabilities: a single-label task whose
 * labels include HTML metacharacters, and a multi-label task.
 */
final class ReportFixtures {
  static final Task EMOTION = new Task("emotion", TaskKind.SINGLE_LABEL,
      new LabelVocabulary(List.of("neutral", "happy", "<b>&", "sad")));
  static final Task EVENTS = new Task("events", TaskKind.MULTI_LABEL,
      new LabelVocabulary(List.of("cough", "wheeze", "crackle")));
  /** Test examples per emotion class: imbalanced, and a few unlabelled rows. */
  private static final int[] EMOTION_COUNTS = {120, 40, 12, 6};
  private static final int UNLABELLED = 5;
  private static final int EVENT_EXAMPLES = 150;
  private static final double[] EVENT_PRIORS = {0.4, 0.15, 0.05};

  final TaskPredictions emotion;
  final TaskPredictions events;
  final EvaluationReport report;

  ReportFixtures(long seed) {
    Random random = new Random(seed);
    int n = UNLABELLED;
    for (int c : EMOTION_COUNTS) {
      n += c;
    }
    int[] truth = new int[n];
    int[] predicted = new int[n];
    float[][] probs = new float[n][];
    for (int i = 0, c = 0, left = EMOTION_COUNTS[0]; i < n; i++) {
      while (c < EMOTION_COUNTS.length && left == 0) {
        c++;
        left = c < EMOTION_COUNTS.length ? EMOTION_COUNTS[c] : 0;
      }
      truth[i] = c < EMOTION_COUNTS.length ? c : -1;
      left--;
      probs[i] = softmax(random, truth[i], EMOTION.vocabulary().size());
      predicted[i] = argmax(probs[i]);
    }
    boolean[][] eventTruth = new boolean[EVENT_EXAMPLES][3];
    boolean[][] eventPredicted = new boolean[EVENT_EXAMPLES][3];
    float[][] eventProbs = new float[EVENT_EXAMPLES][3];
    for (int i = 0; i < EVENT_EXAMPLES; i++) {
      for (int c = 0; c < 3; c++) {
        eventTruth[i][c] = random.nextDouble() < EVENT_PRIORS[c];
        double logit = random.nextGaussian() + (eventTruth[i][c] ? 1.5 : -1.5);
        eventProbs[i][c] = (float) (1 / (1 + Math.exp(-logit)));
        eventPredicted[i][c] = eventProbs[i][c] >= 0.5f;
      }
    }
    emotion = TaskPredictions.singleLabel(EMOTION, truth, probs);
    events = TaskPredictions.multiLabel(EVENTS, eventTruth, eventPredicted, eventProbs);
    report = new EvaluationReport(List.of(
        TaskEvaluation.singleLabel(EMOTION, truth, predicted, probs),
        TaskEvaluation.multiLabel(EVENTS, eventTruth, eventPredicted, eventProbs)),
        List.of(new EvaluationReport.SkippedRow("clips/<script>alert(1)</script>.wav",
            "decode failed: \"bad header\" & truncated")));
  }

  static Map<String, long[]> trainingSupport() {
    return Map.of("emotion", new long[] {900, 300, 35, 8});
  }

  static Map<String, Object> provenance() {
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("model", "runs/<model>.bundle");
    provenance.put("seed", 42);
    provenance.put("config", Map.of("loss", "focal", "weights", List.of(1.0, 2.5)));
    return provenance;
  }

  private static float[] softmax(Random random, int truth, int k) {
    double[] logits = new double[k];
    double sum = 0;
    for (int c = 0; c < k; c++) {
      logits[c] = random.nextGaussian() + (c == truth ? 1.8 : 0);
      sum += Math.exp(logits[c]);
    }
    float[] p = new float[k];
    for (int c = 0; c < k; c++) {
      p[c] = (float) (Math.exp(logits[c]) / sum);
    }
    return p;
  }

  private static int argmax(float[] p) {
    int top = 0;
    for (int c = 1; c < p.length; c++) {
      top = p[c] > p[top] ? c : top;
    }
    return top;
  }
}
