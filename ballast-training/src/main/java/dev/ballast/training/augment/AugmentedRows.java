package dev.ballast.training.augment;

import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.training.TrainingSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Encoded augmented rows, each with the indices of the training examples it was made from, so that
 * a dev split can keep every row on the side of its sources.
 *
 * @param sources {@code int[row][source]}: indices into the training examples
 */
public record AugmentedRows(List<int[]> sources, TrainingSet set) {
  public AugmentedRows {
    sources = List.copyOf(sources);
    if (sources.size() != set.size()) {
      throw new IllegalArgumentException(sources.size() + " source lists for " + set.size()
          + " augmented rows; give one per row");
    }
  }

  public static AugmentedRows none(List<Task> tasks) {
    return new AugmentedRows(List.of(), new TrainingSet(tasks, new float[0][], new Target[0][]));
  }

  public int size() {
    return set.size();
  }

  /**
   * The rows whose sources all lie in {@code part} (indices into the training examples); a row
   * with sources on both sides of a split belongs to neither.
   */
  public AugmentedRows within(int[] part, int numExamples) {
    boolean[] in = new boolean[numExamples];
    for (int i : part) {
      in[i] = true;
    }
    List<Integer> keep = new ArrayList<>();
    List<int[]> kept = new ArrayList<>();
    for (int r = 0; r < sources.size(); r++) {
      boolean all = true;
      for (int s : sources.get(r)) {
        all &= in[s];
      }
      if (all) {
        keep.add(r);
        kept.add(sources.get(r));
      }
    }
    return new AugmentedRows(kept, set.subset(keep.stream().mapToInt(Integer::intValue).toArray()));
  }
}
