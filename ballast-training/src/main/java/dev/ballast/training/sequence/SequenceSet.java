package dev.ballast.training.sequence;

import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.training.TrainingSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Frame sequences with their targets: the input of encoders trained from scratch. Several
 * sequences may be views of one source row (the same clip at perturbed speeds); a training epoch
 * visits every source once, through one of its views drawn per epoch.
 *
 * @param frames {@code float[sequence][frame][dim]}, front-end output (not yet normalised)
 * @param targets {@code Target[sequence][task]}, tasks in {@code tasks} order
 * @param source {@code int[sequence]}: the source row, numbered 0.. without gaps; views of one
 *     source carry the same targets
 */
public record SequenceSet(List<Task> tasks, float[][][] frames, Target[][] targets,
    int[] source) {
  public SequenceSet {
    tasks = List.copyOf(tasks);
    if (frames.length != targets.length || frames.length != source.length) {
      throw new IllegalArgumentException(frames.length + " sequences but " + targets.length
          + " targets and " + source.length + " source ids");
    }
    int sources = 0;
    for (int s : source) {
      if (s < 0) {
        throw new IllegalArgumentException("source ids must be >= 0, got " + s);
      }
      sources = Math.max(sources, s + 1);
    }
    boolean[] seen = new boolean[sources];
    for (int s : source) {
      seen[s] = true;
    }
    for (int s = 0; s < sources; s++) {
      if (!seen[s]) {
        throw new IllegalArgumentException("source ids must run from 0 without gaps; " + s
            + " is missing");
      }
    }
  }

  /** One view per source: every sequence its own row. */
  public SequenceSet(List<Task> tasks, float[][][] frames, Target[][] targets) {
    this(tasks, frames, targets, java.util.stream.IntStream.range(0, frames.length).toArray());
  }

  public int size() {
    return frames.length;
  }

  public int sources() {
    int n = 0;
    for (int s : source) {
      n = Math.max(n, s + 1);
    }
    return n;
  }

  /** The sequences of each source: {@code int[source][view]}. */
  public int[][] views() {
    List<List<Integer>> bySource = new ArrayList<>();
    for (int s = 0; s < sources(); s++) {
      bySource.add(new ArrayList<>());
    }
    for (int i = 0; i < source.length; i++) {
      bySource.get(source[i]).add(i);
    }
    return bySource.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  public SequenceSet concat(SequenceSet other) {
    float[][][] f = new float[size() + other.size()][][];
    Target[][] t = new Target[f.length][];
    int[] s = new int[f.length];
    System.arraycopy(frames, 0, f, 0, size());
    System.arraycopy(other.frames, 0, f, size(), other.size());
    System.arraycopy(targets, 0, t, 0, size());
    System.arraycopy(other.targets, 0, t, size(), other.size());
    int offset = sources();
    for (int i = 0; i < f.length; i++) {
      s[i] = i < size() ? source[i] : offset + other.source[i - size()];
    }
    return new SequenceSet(tasks, f, t, s);
  }

  /**
   * The targets of each source (zero-width inputs), for samplers, losses and class counts: row
   * {@code s} is source {@code s}.
   */
  public TrainingSet labels() {
    int[][] views = views();
    Target[][] t = new Target[views.length][];
    for (int s = 0; s < views.length; s++) {
      t[s] = targets[views[s][0]];
    }
    return new TrainingSet(tasks, new float[views.length][0], t);
  }
}
