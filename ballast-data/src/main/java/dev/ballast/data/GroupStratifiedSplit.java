package dev.ballast.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Splits examples into two parts so that no group (speaker, patient) is in both and each part's
 * class shares of one single-label task are close to the whole's. Groups are visited in a seeded
 * random order and each goes where it reduces the squared distance to the target class counts.
 */
public final class GroupStratifiedSplit {
  private GroupStratifiedSplit() {}

  /** Indices of the two parts: {@code [0]} the rest, {@code [1]} the held-out fraction. */
  public static int[][] split(List<Example> examples, int stratifyTask, int numClasses,
      double heldOutFraction, long seed) {
    if (!(heldOutFraction > 0 && heldOutFraction < 1)) {
      throw new IllegalArgumentException("held-out fraction must be in (0, 1), got "
          + heldOutFraction);
    }
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      groups.computeIfAbsent(examples.get(i).row().group(), g -> new ArrayList<>()).add(i);
    }
    if (groups.size() < 2) {
      throw new IllegalArgumentException("cannot split " + examples.size()
          + " examples of a single group; give a dev manifest with --dev or fix the group column");
    }
    List<String> order = new ArrayList<>(groups.keySet());
    Collections.shuffle(order, new Random(seed));
    double[] target = new double[numClasses + 1]; // last slot: examples unlabelled for the task
    for (Example e : examples) {
      target[slot(e, stratifyTask, numClasses)] += heldOutFraction;
    }
    double[] held = new double[numClasses + 1];
    double[] rest = new double[numClasses + 1];
    List<Integer> heldIdx = new ArrayList<>();
    List<Integer> restIdx = new ArrayList<>();
    double[] restTarget = new double[numClasses + 1];
    for (int c = 0; c <= numClasses; c++) {
      restTarget[c] = target[c] / heldOutFraction * (1 - heldOutFraction);
    }
    for (String g : order) {
      double[] counts = new double[numClasses + 1];
      for (int i : groups.get(g)) {
        counts[slot(examples.get(i), stratifyTask, numClasses)]++;
      }
      double costHeld = cost(held, counts, target) + cost(rest, new double[counts.length], restTarget);
      double costRest = cost(held, new double[counts.length], target) + cost(rest, counts, restTarget);
      boolean toHeld = costHeld < costRest;
      double[] into = toHeld ? held : rest;
      for (int c = 0; c < counts.length; c++) {
        into[c] += counts[c];
      }
      (toHeld ? heldIdx : restIdx).addAll(groups.get(g));
    }
    if (heldIdx.isEmpty() || restIdx.isEmpty()) {
      // Too few groups for the fraction: move the smallest group so both parts exist.
      List<Integer> from = heldIdx.isEmpty() ? restIdx : heldIdx;
      List<Integer> to = heldIdx.isEmpty() ? heldIdx : restIdx;
      String smallest = order.stream().min(java.util.Comparator.comparingInt(
          g -> groups.get(g).size())).orElseThrow();
      from.removeAll(groups.get(smallest));
      to.addAll(groups.get(smallest));
    }
    Collections.sort(heldIdx);
    Collections.sort(restIdx);
    return new int[][] {restIdx.stream().mapToInt(Integer::intValue).toArray(),
        heldIdx.stream().mapToInt(Integer::intValue).toArray()};
  }

  private static int slot(Example e, int task, int numClasses) {
    Target t = e.targets().get(task);
    return t instanceof Target.Single s && !s.isMissing() ? s.classIndex() : numClasses;
  }

  private static double cost(double[] have, double[] add, double[] target) {
    double s = 0;
    for (int c = 0; c < have.length; c++) {
      double d = have[c] + add[c] - target[c];
      // relative to the class's size, so rare classes count as much as common ones
      s += d * d / Math.max(1.0, target[c]);
    }
    return s;
  }
}
