package dev.ballast.serving;

import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import dev.ballast.heads.MultiTaskNetwork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A task as stored in a model: its label domain and decision stage.
 *
 * @param logitAdjustment subtracted from the logits before the decision (post-hoc logit
 *     adjustment, {@code tau * log prior}); all zeros for none
 * @param thresholds per-label decision thresholds on the sigmoid probability (multi-label);
 *     empty for single-label tasks
 * @param temperature divides the (adjusted) logits before softmax / sigmoid, fitted on dev so that
 *     probabilities are calibrated; it never changes the argmax or which side of 0.5 a label is.
 *     0 in a stored model means "not fitted" (models from before temperature scaling) and reads as 1
 */
public record TaskModel(String name, TaskKind kind, List<String> labels, float[] logitAdjustment,
    float[] thresholds, float temperature) {

  public TaskModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    labels = List.copyOf(labels);
    if (temperature == 0) {
      temperature = 1;
    }
    if (!(temperature > 0) || Float.isInfinite(temperature)) {
      throw new IllegalArgumentException("task " + name + ": temperature must be positive and "
          + "finite, got " + temperature);
    }
    if (logitAdjustment.length != labels.size()) {
      throw new IllegalArgumentException("task " + name + ": " + logitAdjustment.length
          + " logit adjustments for " + labels.size() + " labels");
    }
    if (kind == TaskKind.MULTI_LABEL && thresholds.length != labels.size()) {
      throw new IllegalArgumentException("task " + name + ": " + thresholds.length
          + " thresholds for " + labels.size() + " labels");
    }
  }

  public Task task() {
    return new Task(name, kind, new LabelVocabulary(labels));
  }

  /** A task without temperature scaling. */
  public TaskModel(String name, TaskKind kind, List<String> labels, float[] logitAdjustment,
      float[] thresholds) {
    this(name, kind, labels, logitAdjustment, thresholds, 1f);
  }

  public TaskModel withTemperature(float t) {
    return new TaskModel(name, kind, labels, logitAdjustment, thresholds, t);
  }

  /** Logits after the decision stage's adjustment, before temperature. */
  public float[] adjustedLogits(float[] logits) {
    float[] adjusted = new float[logits.length];
    for (int i = 0; i < logits.length; i++) {
      adjusted[i] = logits[i] - logitAdjustment[i];
    }
    return adjusted;
  }

  /** The decision for raw {@code logits} of this task's head. */
  public TaskOutput decide(float[] logits) {
    Map<String, Double> probs = new LinkedHashMap<>();
    if (kind() == TaskKind.SINGLE_LABEL) {
      float[] adjusted = adjustedLogits(logits);
      float[] scaled = new float[adjusted.length];
      for (int i = 0; i < adjusted.length; i++) {
        scaled[i] = adjusted[i] / temperature;
      }
      float[] p = MultiTaskNetwork.softmax(scaled);
      int best = 0;
      for (int i = 0; i < p.length; i++) {
        probs.put(labels.get(i), (double) p[i]);
        if (adjusted[i] > adjusted[best]) {
          best = i;
        }
      }
      return new TaskOutput.Single(labels.get(best), best, probs);
    }
    boolean[] present = new boolean[logits.length];
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < logits.length; i++) {
      double p = MultiTaskNetwork.sigmoid((logits[i] - logitAdjustment[i]) / temperature);
      probs.put(labels.get(i), p);
      if (p >= thresholds()[i]) {
        present[i] = true;
        chosen.add(labels.get(i));
      }
    }
    return new TaskOutput.Multi(chosen, present, probs);
  }
}
