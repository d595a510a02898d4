package dev.ballast.training;

import dev.ballast.data.Target;
import dev.ballast.data.TaskKind;
import dev.ballast.evaluation.TemperatureScaling;
import dev.ballast.heads.MultiTaskNetwork;
import dev.ballast.serving.TaskModel;
import java.util.List;

/**
 * Fits one temperature per task on held-out dev logits (after the decision stage's adjustment);
 * a fit that ends on the search bound (dev separated perfectly) leaves the temperature at 1.
 */
final class TemperatureFit {
  private TemperatureFit() {}

  static float[] fit(MultiTaskNetwork network, List<TaskModel> tasks, TrainingSet dev) {
    int n = dev.size();
    float[] out = new float[tasks.size()];
    for (int t = 0; t < tasks.size(); t++) {
      TaskModel task = tasks.get(t);
      float[][] logits = new float[n][];
      int[] single = new int[n];
      boolean[][] multi = new boolean[n][];
      for (int i = 0; i < n; i++) {
        logits[i] = task.adjustedLogits(network.logits(dev.x()[i]).get(task.name()));
        Target target = dev.targets()[i][t];
        if (target instanceof Target.Single s) {
          single[i] = s.classIndex();
        } else {
          multi[i] = ((Target.Multi) target).present();
        }
      }
      TemperatureScaling ts = task.kind() == TaskKind.SINGLE_LABEL
          ? TemperatureScaling.fit(logits, single) : TemperatureScaling.fitMultiLabel(logits, multi);
      double temp = ts.temperature();
      // On a dev set the model separates perfectly the NLL keeps falling as T -> 0 (or rises
      // without bound): the fit lands on its search bound and says nothing; keep T = 1 then.
      boolean atBound = temp <= TemperatureScaling.MIN_TEMPERATURE * 1.01
          || temp >= TemperatureScaling.MAX_TEMPERATURE / 1.01;
      out[t] = atBound ? 1f : (float) temp;
    }
    return out;
  }
}
