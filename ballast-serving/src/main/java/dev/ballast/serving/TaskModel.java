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
 */
public record TaskModel(String name, TaskKind kind, List<String> labels, float[] logitAdjustment,
    float[] thresholds) {

  public TaskModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    labels = List.copyOf(labels);
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

  /** The decision for raw {@code logits} of this task's head. */
  public TaskOutput decide(float[] logits) {
    Map<String, Double> probs = new LinkedHashMap<>();
    if (kind() == TaskKind.SINGLE_LABEL) {
      float[] adjusted = new float[logits.length];
      for (int i = 0; i < logits.length; i++) {
        adjusted[i] = logits[i] - logitAdjustment()[i];
      }
      float[] p = MultiTaskNetwork.softmax(adjusted);
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
      double p = MultiTaskNetwork.sigmoid(logits[i] - logitAdjustment()[i]);
      probs.put(labels.get(i), p);
      if (p >= thresholds()[i]) {
        present[i] = true;
        chosen.add(labels.get(i));
      }
    }
    return new TaskOutput.Multi(chosen, present, probs);
  }
}
