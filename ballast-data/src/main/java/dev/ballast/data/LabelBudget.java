package dev.ballast.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Stratified subsample of a training set to a percentage of its labelled examples (the
 * low-resource protocol of label budgets): each class of the stratification task keeps
 * {@code max(1, round(p * n_c))} examples, rows unlabelled for it keep {@code round(p * n)}, and
 * every class of every other single-label task keeps at least one example.
 */
public final class LabelBudget {
  private LabelBudget() {}

  /** Indices (sorted) of the kept examples. */
  public static int[] subsample(List<Example> examples, List<Task> tasks, int stratifyTask,
      double percent, long seed) {
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("a label budget is a percentage in (0, 100], got " + percent);
    }
    Random random = new Random(seed);
    int numClasses = tasks.get(stratifyTask).vocabulary().size();
    List<List<Integer>> byClass = new ArrayList<>();
    for (int c = 0; c <= numClasses; c++) {
      byClass.add(new ArrayList<>());
    }
    for (int i = 0; i < examples.size(); i++) {
      Target t = examples.get(i).targets().get(stratifyTask);
      int slot = t instanceof Target.Single s && !s.isMissing() ? s.classIndex() : numClasses;
      byClass.get(slot).add(i);
    }
    TreeSet<Integer> keep = new TreeSet<>();
    for (int c = 0; c <= numClasses; c++) {
      List<Integer> rows = byClass.get(c);
      if (rows.isEmpty()) {
        continue;
      }
      Collections.shuffle(rows, random);
      long want = Math.round(percent / 100 * rows.size());
      int n = (int) Math.min(rows.size(), c < numClasses ? Math.max(1, want) : want);
      keep.addAll(rows.subList(0, n));
    }
    // Every class of the other single-label tasks keeps at least one example.
    for (int t = 0; t < tasks.size(); t++) {
      if (t == stratifyTask || tasks.get(t).kind() != TaskKind.SINGLE_LABEL) {
        continue;
      }
      boolean[] seen = new boolean[tasks.get(t).vocabulary().size()];
      for (int i : keep) {
        if (examples.get(i).targets().get(t) instanceof Target.Single s && !s.isMissing()) {
          seen[s.classIndex()] = true;
        }
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      for (int i : order) {
        if (examples.get(i).targets().get(t) instanceof Target.Single s && !s.isMissing()
            && !seen[s.classIndex()]) {
          seen[s.classIndex()] = true;
          keep.add(i);
        }
      }
    }
    return keep.stream().mapToInt(Integer::intValue).toArray();
  }
}
