package dev.ballast.training;

import dev.ballast.data.Target;
import dev.ballast.data.TaskKind;
import dev.ballast.evaluation.ConfusionMatrix;
import dev.ballast.evaluation.MultiLabelMetrics;
import dev.ballast.evaluation.SingleLabelMetrics;
import dev.ballast.evaluation.ZeroDivision;
import dev.ballast.heads.MultiTaskNetwork;
import dev.ballast.serving.TaskModel;
import dev.ballast.serving.TaskOutput;
import java.util.List;
import java.util.Map;

/**
 * The early-stopping criterion: macro-F1 on dev averaged over tasks; ties (e.g. a dev set where a
 * rare class is absent and the score stays flat) are broken by the lower dev loss (mean over tasks
 * of cross-entropy / binary cross-entropy of the raw logits).
 */
record DevScore(double macroF1, double loss) {

  boolean betterThan(DevScore other) {
    if (macroF1 > other.macroF1 + 1e-9) {
      return true;
    }
    return macroF1 > other.macroF1 - 1e-9 && loss < other.loss;
  }

  static DevScore worst() {
    return new DevScore(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  static DevScore of(MultiTaskNetwork network, List<TaskModel> tasks, TrainingSet dev) {
    int n = dev.size();
    int numTasks = tasks.size();
    int[][] truth = new int[numTasks][n];
    int[][] pred = new int[numTasks][n];
    boolean[][][] mTruth = new boolean[numTasks][n][];
    boolean[][][] mPred = new boolean[numTasks][n][];
    double[] lossSum = new double[numTasks];
    long[] lossCount = new long[numTasks];
    for (int i = 0; i < n; i++) {
      Map<String, float[]> logits = network.logits(dev.x()[i]);
      for (int t = 0; t < numTasks; t++) {
        TaskModel task = tasks.get(t);
        float[] z = logits.get(task.name());
        TaskOutput out = task.decide(z);
        Target target = dev.targets()[i][t];
        if (!target.isMissing()) {
          lossSum[t] += loss(z, target);
          lossCount[t]++;
        }
        if (out instanceof TaskOutput.Single s) {
          truth[t][i] = ((Target.Single) target).classIndex();
          pred[t][i] = s.index();
        } else {
          mTruth[t][i] = ((Target.Multi) target).present();
          mPred[t][i] = ((TaskOutput.Multi) out).present();
        }
      }
    }
    double sum = 0;
    double loss = 0;
    for (int t = 0; t < numTasks; t++) {
      loss += lossCount[t] > 0 ? lossSum[t] / lossCount[t] : 0;
      TaskModel task = tasks.get(t);
      if (task.kind() == TaskKind.SINGLE_LABEL) {
        sum += SingleLabelMetrics.compute(task.name(),
            ConfusionMatrix.of(task.task().vocabulary(), truth[t], pred[t]), ZeroDivision.ZERO)
            .macroF1();
      } else {
        sum += MultiLabelMetrics.compute(task.name(), task.task().vocabulary(), mTruth[t],
            mPred[t], ZeroDivision.ZERO).macroF1();
      }
    }
    return new DevScore(sum / numTasks, loss / numTasks);
  }

  private static double loss(float[] z, Target target) {
    if (target instanceof Target.Single s) {
      return -Math.log(Math.max(1e-12, MultiTaskNetwork.softmax(z)[s.classIndex()]));
    }
    boolean[] present = ((Target.Multi) target).present();
    double l = 0;
    for (int c = 0; c < z.length; c++) {
      double p = MultiTaskNetwork.sigmoid(z[c]);
      l -= Math.log(Math.max(1e-12, present[c] ? p : 1 - p));
    }
    return l / z.length;
  }
}
