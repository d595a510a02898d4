package dev.ballast.training.resampling;

import dev.ballast.data.Target;
import dev.ballast.training.TrainingSet;
import java.util.ArrayList;
import java.util.List;

/** Collects output rows with their source rows; kept rows share the input's arrays. */
final class Rows {
  private final TrainingSet data;
  private final int task;
  private final List<float[]> x = new ArrayList<>();
  private final List<Target[]> targets = new ArrayList<>();
  private final List<int[]> sources = new ArrayList<>();

  private Rows(TrainingSet data, int task) {
    this.data = data;
    this.task = task;
  }

  /** Every input row, in order. */
  static Rows all(Problem p) {
    return except(p, new boolean[p.data().size()]);
  }

  /** Every input row but the dropped ones, in order. */
  static Rows except(Problem p, boolean[] drop) {
    Rows rows = new Rows(p.data(), p.task());
    for (int i = 0; i < drop.length; i++) {
      if (!drop[i]) {
        rows.copy(i);
      }
    }
    return rows;
  }

  /** Appends input row {@code row} as it is (a kept row or a duplicate). */
  Rows copy(int row) {
    x.add(data.x()[row]);
    targets.add(data.targets()[row]);
    sources.add(new int[] {row});
    return this;
  }

  /**
   * Appends {@code x[sample] + u * (x[neighbour] - x[sample])} with class {@code classIndex} for
   * the resampled task and the other tasks' targets of {@code sample}.
   */
  Rows interpolate(int sample, int neighbour, double u, int classIndex) {
    float[] a = data.x()[sample];
    float[] b = data.x()[neighbour];
    float[] v = new float[a.length];
    for (int d = 0; d < a.length; d++) {
      v[d] = (float) (a[d] + u * (b[d] - a[d]));
    }
    Target[] t = data.targets()[sample].clone();
    t[task] = new Target.Single(classIndex);
    x.add(v);
    targets.add(t);
    sources.add(new int[] {sample, neighbour});
    return this;
  }

  Resampled build() {
    TrainingSet out = new TrainingSet(data.tasks(), x.toArray(new float[0][]),
        targets.toArray(new Target[0][]));
    return new Resampled(out, sources.toArray(new int[0][]));
  }
}
