package dev.ballast.training;

import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import dev.ballast.serving.TaskModel;
import dev.ballast.training.decision.TaskDecision;
import java.util.ArrayList;
import java.util.List;

/** Builds each task's decision stage (post-hoc logit adjustment, thresholds) from training counts. */
final class DecisionStage {
  private DecisionStage() {}

  /**
   * {@code tau * log(prior_c)} with priors from {@code counts} (add-one smoothed so an absent class
   * has a finite offset). For multi-label tasks the prior is the label's positive rate against its
   * negative rate, i.e. {@code tau * log(p / (1 - p))}.
   */
  static float[] logitAdjustment(TaskKind kind, long[] counts, long labelled, double tau) {
    float[] out = new float[counts.length];
    if (tau == 0) {
      return out;
    }
    double total = 0;
    for (long c : counts) {
      total += c + 1;
    }
    for (int c = 0; c < counts.length; c++) {
      if (kind == TaskKind.SINGLE_LABEL) {
        out[c] = (float) (tau * Math.log((counts[c] + 1) / total));
      } else {
        double p = (counts[c] + 1.0) / (labelled + 2.0);
        out[c] = (float) (tau * Math.log(p / (1 - p)));
      }
    }
    return out;
  }

  /**
   * Task models with the prior-based adjustment, the dev-tuned {@code decisions} and
   * {@code temperatures}, one of each per task.
   */
  static List<TaskModel> taskModels(TrainingSet data, double tau, float[] temperatures,
      List<TaskDecision> decisions) {
    return taskModels(withDecisions(taskModels(data, tau), decisions), temperatures);
  }

  /**
   * Adds each task's tuned bias to its logits, stored with the serving sign: the model subtracts
   * {@code logitAdjustment}, so the bias is subtracted from it. Multi-label thresholds replace the
   * defaults.
   */
  static List<TaskModel> withDecisions(List<TaskModel> models, List<TaskDecision> decisions) {
    if (decisions.size() != models.size()) {
      throw new IllegalArgumentException(decisions.size() + " tuned decisions for "
          + models.size() + " tasks");
    }
    List<TaskModel> out = new ArrayList<>();
    for (int t = 0; t < models.size(); t++) {
      TaskModel m = models.get(t);
      TaskDecision d = decisions.get(t);
      float[] adjustment = m.logitAdjustment().clone();
      for (int c = 0; c < adjustment.length; c++) {
        adjustment[c] -= d.bias()[c];
      }
      float[] thresholds = m.kind() == TaskKind.MULTI_LABEL ? d.thresholds() : m.thresholds();
      out.add(new TaskModel(m.name(), m.kind(), m.labels(), adjustment, thresholds,
          m.temperature()));
    }
    return out;
  }

  static List<TaskModel> taskModels(List<TaskModel> models, float[] temperatures) {
    List<TaskModel> out = new ArrayList<>();
    for (int t = 0; t < models.size(); t++) {
      out.add(models.get(t).withTemperature(temperatures[t]));
    }
    return out;
  }

  static List<TaskModel> taskModels(TrainingSet data, double tau, float[] temperatures) {
    List<TaskModel> models = taskModels(data, tau);
    List<TaskModel> out = new ArrayList<>();
    for (int t = 0; t < models.size(); t++) {
      out.add(models.get(t).withTemperature(temperatures[t]));
    }
    return out;
  }

  static List<TaskModel> taskModels(TrainingSet data, double tau) {
    List<TaskModel> out = new ArrayList<>();
    for (int t = 0; t < data.tasks().size(); t++) {
      Task task = data.tasks().get(t);
      float[] thresholds = new float[task.kind() == TaskKind.MULTI_LABEL ? task.vocabulary().size() : 0];
      java.util.Arrays.fill(thresholds, 0.5f);
      out.add(new TaskModel(task.name(), task.kind(), task.vocabulary().labels(),
          logitAdjustment(task.kind(), data.classCounts(t), data.labelled(t), tau), thresholds));
    }
    return out;
  }
}
