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

  /** The scalar loss of a batch given the heads' logits (one NDArray per task); epochs from 1. */
  NDArray compute(NDManager manager, NDList logits, int[] batch, int epoch) {
    NDArray total = null;
    for (int t = 0; t < taskWeights.length; t++) {
      if (taskWeights[t] == 0) {
        continue;
      }
      NDArray z = logits.get(t);
      int k = (int) z.getShape().get(1);
      float[][] y = new float[batch.length][k];
      NDArray loss;
      if (single[t] != null) {
        float[] w = new float[batch.length];
        for (int b = 0; b < batch.length; b++) {
          Target.Single s = (Target.Single) data.targets()[batch[b]][t];
          if (!s.isMissing()) {
            y[b][s.classIndex()] = 1f;
            w[b] = 1f;
          }
        }
        loss = single[t].compute(z, manager.create(y), manager.create(w), epoch);
      } else {
        float[][] mask = new float[batch.length][k];
        for (int b = 0; b < batch.length; b++) {
          boolean[] present = ((Target.Multi) data.targets()[batch[b]][t]).present();
          for (int c = 0; c < k; c++) {
            y[b][c] = present[c] ? 1f : 0f;
            mask[b][c] = 1f;
          }
        }
        loss = multi[t].compute(z, manager.create(y), manager.create(mask), epoch);
      }
      loss = loss.mul((float) taskWeights[t]);
      total = total == null ? loss : total.add(loss);
    }
    return total == null ? manager.create(0f) : total;
  }
}
