package dev.ballast.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.ballast.data.Target;
import dev.ballast.data.TaskKind;
import dev.ballast.training.loss.Losses;
import dev.ballast.training.loss.MultiLabelLoss;
import dev.ballast.training.loss.SingleLabelLoss;

/**
 * Sum over tasks of {@code lambda_t * loss_t}, each task's loss built from the recipe by name
 * with the task's training class counts. Examples not labelled for a task get a zero target row
 * and zero weight, so they do not enter that task's loss.
 */
final class MultiTaskLoss {
  private final TrainingSet data;
  private final SingleLabelLoss[] single;
  private final MultiLabelLoss[] multi;
  private final double[] taskWeights;

  MultiTaskLoss(TrainingSet data, ImbalanceRecipe recipe, double[] taskWeights) {
    this.data = data;
    this.taskWeights = taskWeights.clone();
    int n = data.tasks().size();
    single = new SingleLabelLoss[n];
    multi = new MultiLabelLoss[n];
    for (int t = 0; t < n; t++) {
      long[] counts = data.classCounts(t);
      if (data.tasks().get(t).kind() == TaskKind.SINGLE_LABEL) {
        single[t] = Losses.single(recipe.singleLoss().name(), recipe.singleLoss().params(), counts);
      } else {
        multi[t] = Losses.multi(recipe.multiLoss().name(), recipe.multiLoss().params(), counts,
            data.size());
      }
    }
  }

  /**
   * Targets of a batch per task: {@code y[task][row][class]} (one-hot, or soft after mixup; a zero
   * row = unlabelled) and {@code weight[task][row][class]} (single-label: the row's weight repeated;
   * multi-label: the element mask).
   */
  record BatchTargets(float[][][] y, float[][][] weight) {}

  BatchTargets targets(int[] batch) {
    int n = taskWeights.length;
    float[][][] y = new float[n][][];
    float[][][] w = new float[n][][];
    for (int t = 0; t < n; t++) {
      int k = data.tasks().get(t).vocabulary().size();
      y[t] = new float[batch.length][k];
      w[t] = new float[batch.length][k];
      for (int b = 0; b < batch.length; b++) {
        Target target = data.targets()[batch[b]][t];
        if (target instanceof Target.Single s) {
          if (!s.isMissing()) {
            y[t][b][s.classIndex()] = 1f;
            java.util.Arrays.fill(w[t][b], 1f);
          }
        } else {
          boolean[] present = ((Target.Multi) target).present();
          for (int c = 0; c < k; c++) {
            y[t][b][c] = present[c] ? 1f : 0f;
            w[t][b][c] = 1f;
          }
        }
      }
    }
    return new BatchTargets(y, w);
  }

  /** The scalar loss of a batch given the heads' logits (one NDArray per task); epochs from 1. */
  NDArray compute(NDManager manager, NDList logits, BatchTargets targets, int epoch) {
    NDArray total = null;
    for (int t = 0; t < taskWeights.length; t++) {
      if (taskWeights[t] == 0) {
        continue;
      }
      NDArray z = logits.get(t);
      NDArray y = manager.create(targets.y()[t]);
      NDArray loss;
      if (single[t] != null) {
        float[] w = new float[targets.weight()[t].length];
        for (int b = 0; b < w.length; b++) {
          w[b] = targets.weight()[t][b].length > 0 ? targets.weight()[t][b][0] : 0f;
        }
        loss = single[t].compute(z, y, manager.create(w), epoch);
      } else {
        loss = multi[t].compute(z, y, manager.create(targets.weight()[t]), epoch);
      }
      loss = loss.mul((float) taskWeights[t]);
      total = total == null ? loss : total.add(loss);
    }
    return total == null ? manager.create(0f) : total;
  }
}
