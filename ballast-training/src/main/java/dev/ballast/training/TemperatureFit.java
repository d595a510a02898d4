package dev.ballast.training;

import dev.ballast.data.TaskKind;
import dev.ballast.evaluation.TemperatureScaling;
import dev.ballast.serving.TaskModel;
import java.util.List;

/**
 * Fits one temperature per task on held-out dev logits (after the decision stage's adjustment);
 * a fit that ends on the search bound (dev separated perfectly) leaves the temperature at 1.
 */
final class TemperatureFit {
  private TemperatureFit() {}

  static float[] fit(DevOutputs dev, List<TaskModel> tasks) {
    float[] out = new float[tasks.size()];
    for (int t = 0; t < tasks.size(); t++) {
      TaskModel task = tasks.get(t);
      float[][] logits = dev.adjusted(task);
      TemperatureScaling ts = task.kind() == TaskKind.SINGLE_LABEL
          ? TemperatureScaling.fit(logits, dev.singleTruth(t))
          : TemperatureScaling.fitMultiLabel(logits, dev.multiTruth(t));
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
