package dev.ballast.training;

import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import java.util.List;

/**
 * Embeddings with their targets.
 *
 * @param x {@code float[example][dim]}
 * @param targets {@code Target[example][task]}, tasks in {@code tasks} order
 */
public record TrainingSet(List<Task> tasks, float[][] x, Target[][] targets) {
  public TrainingSet {
    tasks = List.copyOf(tasks);
    if (x.length != targets.length) {
      throw new IllegalArgumentException(x.length + " embeddings but " + targets.length + " targets");
    }
  }

  public int size() {
    return x.length;
  }

  /** Training count of each class of task {@code t} (positives for multi-label tasks). */
  public long[] classCounts(int t) {
    long[] counts = new long[tasks.get(t).vocabulary().size()];
    for (Target[] row : targets) {
      if (row[t] instanceof Target.Single s && !s.isMissing()) {
        counts[s.classIndex()]++;
      } else if (row[t] instanceof Target.Multi m) {
        boolean[] present = m.present();
        for (int c = 0; c < counts.length; c++) {
          counts[c] += present[c] ? 1 : 0;
        }
      }
    }
    return counts;
  }

  /** Number of examples labelled for task {@code t}. */
  public long labelled(int t) {
    if (tasks.get(t).kind() == TaskKind.MULTI_LABEL) {
      return size();
    }
    long n = 0;
    for (Target[] row : targets) {
      n += row[t].isMissing() ? 0 : 1;
    }
    return n;
  }

  public TrainingSet subset(int[] indices) {
    float[][] xs = new float[indices.length][];
    Target[][] ts = new Target[indices.length][];
    for (int i = 0; i < indices.length; i++) {
      xs[i] = x[indices[i]];
      ts[i] = targets[indices[i]];
    }
    return new TrainingSet(tasks, xs, ts);
  }

  public TrainingSet concat(TrainingSet other) {
    float[][] xs = new float[size() + other.size()][];
    Target[][] ts = new Target[xs.length][];
    System.arraycopy(x, 0, xs, 0, size());
    System.arraycopy(other.x, 0, xs, size(), other.size());
    System.arraycopy(targets, 0, ts, 0, size());
    System.arraycopy(other.targets, 0, ts, size(), other.size());
    return new TrainingSet(tasks, xs, ts);
  }
}
