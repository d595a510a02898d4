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

/** The early-stopping criterion: macro-F1 on dev, averaged over tasks. */
final class DevScore {
  private DevScore() {}

  static double of(MultiTaskNetwork network, List<TaskModel> tasks, TrainingSet dev) {
    int n = dev.size();
    int numTasks = tasks.size();
    int[][] truth = new int[numTasks][n];
    int[][] pred = new int[numTasks][n];
    boolean[][][] mTruth = new boolean[numTasks][n][];
    boolean[][][] mPred = new boolean[numTasks][n][];
    for (int i = 0; i < n; i++) {
      Map<String, float[]> logits = network.logits(dev.x()[i]);
      for (int t = 0; t < numTasks; t++) {
        TaskModel task = tasks.get(t);
        TaskOutput out = task.decide(logits.get(task.name()));
        Target target = dev.targets()[i][t];
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
    for (int t = 0; t < numTasks; t++) {
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
    return sum / numTasks;
  }
}
