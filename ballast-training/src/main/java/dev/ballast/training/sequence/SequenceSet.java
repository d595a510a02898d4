package dev.ballast.training.sequence;

import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.training.TrainingSet;
import java.util.List;

/**
 * Frame sequences with their targets: the input of encoders trained from scratch.
 *
 * @param frames {@code float[example][frame][melBin]}, front-end output (not yet normalised)
 * @param targets {@code Target[example][task]}, tasks in {@code tasks} order
 */
public record SequenceSet(List<Task> tasks, float[][][] frames, Target[][] targets) {
  public SequenceSet {
    tasks = List.copyOf(tasks);
    if (frames.length != targets.length) {
      throw new IllegalArgumentException(frames.length + " sequences but " + targets.length
          + " targets");
    }
  }

  public int size() {
    return frames.length;
  }

  public SequenceSet concat(SequenceSet other) {
    float[][][] f = new float[size() + other.size()][][];
    Target[][] t = new Target[f.length][];
    System.arraycopy(frames, 0, f, 0, size());
    System.arraycopy(other.frames, 0, f, size(), other.size());
    System.arraycopy(targets, 0, t, 0, size());
    System.arraycopy(other.targets, 0, t, size(), other.size());
    return new SequenceSet(tasks, f, t);
  }

  /** The targets alone (zero-width inputs), for samplers, losses and class counts. */
  public TrainingSet labels() {
    return new TrainingSet(tasks, new float[frames.length][0], targets);
  }
}
