package dev.ballast.training;

import dev.ballast.data.Target;
import dev.ballast.heads.MultiTaskNetwork;
import dev.ballast.serving.TaskModel;
import java.util.List;
import java.util.Map;

/**
 * One network's raw logits on every dev example, computed once and shared by the dev-tuned
 * decision steps (bias tuning, temperature fit, threshold tuning).
 */
final class DevOutputs {
  private final TrainingSet dev;
  private final List<Map<String, float[]>> logits;

  private DevOutputs(TrainingSet dev, List<Map<String, float[]>> logits) {
    this.dev = dev;
    this.logits = logits;
  }

  static DevOutputs of(MultiTaskNetwork network, TrainingSet dev) {
    return new DevOutputs(dev, java.util.Arrays.stream(dev.x()).map(network::logits).toList());
  }

  /** {@code float[example][class]}: the task's logits after its decision-stage adjustment. */
  float[][] adjusted(TaskModel task) {
    float[][] out = new float[logits.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = task.adjustedLogits(logits.get(i).get(task.name()));
    }
    return out;
  }

  /** Class index per dev example for single-label task {@code t} (-1 where unlabelled). */
  int[] singleTruth(int t) {
    int[] out = new int[dev.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((Target.Single) dev.targets()[i][t]).classIndex();
    }
    return out;
  }

  /** Label sets per dev example for multi-label task {@code t}. */
  boolean[][] multiTruth(int t) {
    boolean[][] out = new boolean[dev.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((Target.Multi) dev.targets()[i][t]).present();
    }
    return out;
  }
}
