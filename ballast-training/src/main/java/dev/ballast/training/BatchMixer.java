package dev.ballast.training;

import dev.ballast.data.Target;
import dev.ballast.training.augment.Mixup;
import java.util.SplittableRandom;

/** Applies a recipe's {@link Mixup} to one batch: mixed embeddings and soft targets. */
final class BatchMixer {
  private BatchMixer() {}

  /** Mixed inputs, in place of {@code x}; {@code targets} are replaced by the mixed targets. */
  static MultiTaskLoss.BatchTargets mix(Mixup mixup, TrainingSet data, int[] batch, float[][] x,
      MultiTaskLoss.BatchTargets targets, int pairTask, SplittableRandom random) {
    int[] classes = new int[batch.length];
    for (int b = 0; b < batch.length; b++) {
      classes[b] = pairTask >= 0 && data.targets()[batch[b]][pairTask] instanceof Target.Single s
          ? s.classIndex() : -1;
    }
    int[] partner = mixup.partners(classes, random);
    float lambda = (float) mixup.lambda(random);
    float[][] original = x.clone();
    for (int b = 0; b < batch.length; b++) {
      float[] xi = original[b];
      float[] xj = original[partner[b]];
      float[] mixed = new float[xi.length];
      for (int d = 0; d < mixed.length; d++) {
        mixed[d] = lambda * xi[d] + (1 - lambda) * xj[d];
      }
      x[b] = mixed;
    }
    int tasks = targets.y().length;
    float[][][] y = new float[tasks][][];
    float[][][] w = new float[tasks][][];
    for (int t = 0; t < tasks; t++) {
      y[t] = new float[batch.length][];
      w[t] = new float[batch.length][];
      for (int b = 0; b < batch.length; b++) {
        float[] yi = targets.y()[t][b];
        float[] yj = targets.y()[t][partner[b]];
        float[] wi = targets.weight()[t][b];
        float[] wj = targets.weight()[t][partner[b]];
        y[t][b] = new float[yi.length];
        w[t][b] = new float[yi.length];
        for (int c = 0; c < yi.length; c++) {
          y[t][b][c] = lambda * yi[c] + (1 - lambda) * yj[c];
          // a mix counts where either side is labelled; the missing side adds no target mass
          w[t][b][c] = Math.max(wi[c], wj[c]);
        }
      }
    }
    return new MultiTaskLoss.BatchTargets(y, w);
  }
}
