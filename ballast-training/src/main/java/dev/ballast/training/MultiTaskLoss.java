package dev.ballast.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.ballast.data.Target;
import dev.ballast.data.TaskKind;

/**
 * Sum over tasks of {@code lambda_t * loss_t}. Single-label: class-weighted cross-entropy,
 * normalised by the total weight of the batch's labelled examples (as PyTorch's weighted CE).
 * Multi-label: binary cross-entropy with per-label positive weights, averaged over elements.
 * Examples not labelled for a task do not enter that task's loss.
 */
final class MultiTaskLoss {
  private final TrainingSet data;
  private final double[][] classWeights; // single-label: per class; multi-label: per positive
  private final double[] taskWeights;

  MultiTaskLoss(TrainingSet data, ClassWeighting weighting, double[] taskWeights) {
    this.data = data;
    this.taskWeights = taskWeights.clone();
    classWeights = new double[data.tasks().size()][];
    for (int t = 0; t < classWeights.length; t++) {
      long[] counts = data.classCounts(t);
      if (data.tasks().get(t).kind() == TaskKind.SINGLE_LABEL) {
        classWeights[t] = weighting.weights(counts);
      } else {
        classWeights[t] = positiveWeights(weighting, counts, data.size());
      }
    }
  }

  /** {@code (n_neg / n_pos)^p} with p = 1, 0.5 or 0 by weighting; labels never positive get 1. */
  static double[] positiveWeights(ClassWeighting weighting, long[] positives, int n) {
    double power = switch (weighting) {
      case NONE -> 0;
      case INVERSE_SQRT -> 0.5;
      case INVERSE_FREQUENCY -> 1;
    };
    double[] w = new double[positives.length];
    for (int c = 0; c < w.length; c++) {
      w[c] = positives[c] == 0 ? 1 : Math.pow((n - positives[c]) / (double) positives[c], power);
    }
    return w;
  }

  /** The scalar loss of a batch given the heads' logits (one NDArray per task). */
  NDArray compute(NDManager manager, NDList logits, int[] batch) {
    NDArray total = null;
    for (int t = 0; t < taskWeights.length; t++) {
      if (taskWeights[t] == 0) {
        continue;
      }
      NDArray z = logits.get(t);
      int k = (int) z.getShape().get(1);
      float[][] weights = new float[batch.length][k];
      float[][] y = new float[batch.length][k];
      double weightSum = 0;
      boolean single = data.tasks().get(t).kind() == TaskKind.SINGLE_LABEL;
      for (int b = 0; b < batch.length; b++) {
        Target target = data.targets()[batch[b]][t];
        if (target instanceof Target.Single s) {
          if (!s.isMissing()) {
            weights[b][s.classIndex()] = (float) classWeights[t][s.classIndex()];
            weightSum += classWeights[t][s.classIndex()];
          }
        } else {
          boolean[] present = ((Target.Multi) target).present();
          for (int c = 0; c < k; c++) {
            y[b][c] = present[c] ? 1f : 0f;
            weights[b][c] = present[c] ? (float) classWeights[t][c] : 1f;
          }
          weightSum += k;
        }
      }
      if (weightSum == 0) {
        continue;
      }
      NDArray w = manager.create(weights);
      NDArray loss;
      if (single) {
        loss = z.logSoftmax(1).mul(w).sum().neg().div((float) weightSum);
      } else {
        NDArray target = manager.create(y);
        NDArray bce = z.maximum(0f).sub(z.mul(target)).add(z.abs().neg().exp().add(1f).log());
        loss = bce.mul(w).sum().div((float) weightSum);
      }
      loss = loss.mul((float) taskWeights[t]);
      total = total == null ? loss : total.add(loss);
    }
    return total == null ? manager.create(0f) : total;
  }
}
