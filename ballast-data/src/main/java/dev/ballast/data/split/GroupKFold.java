package dev.ballast.data.split;

import dev.ballast.data.Manifest;
import dev.ballast.data.ManifestException;
import dev.ballast.data.ManifestRow;
import dev.ballast.data.TaskSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Group-aware stratified k-fold: K parts of equal share named {@code fold-1 .. fold-K}; fold i's
 * test rows are part i and its training rows the other parts ({@link Partition#holdOut(int)}).
 */
public final class GroupKFold {
  private final int folds;
  private final long seed;

  public GroupKFold(int folds, long seed) {
    if (folds < 2) {
      throw new IllegalArgumentException("k-fold needs at least 2 folds, got " + folds
          + "; use K >= 2, e.g. 5");
    }
    this.folds = folds;
    this.seed = seed;
  }

  public int folds() {
    return folds;
  }

  /** {@code fold-1 .. fold-K}. */
  public static List<String> foldNames(int folds) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= folds; i++) {
      names.add("fold-" + i);
    }
    return names;
  }

  /** Folds of a manifest's rows; the message of a missing stratification column names the fix. */
  public Partition split(Manifest manifest, TaskSpec stratify) throws ManifestException {
    manifest.requireColumns(List.of(stratify));
    return split(manifest.rows(), stratify);
  }

  /** The K folds as the parts of one partition, each part a fold's test rows. */
  public Partition split(List<ManifestRow> rows, TaskSpec stratify) {
    Set<String> groups = new HashSet<>();
    for (ManifestRow r : rows) {
      groups.add(r.group());
    }
    if (groups.size() < folds) {
      throw new IllegalArgumentException("cannot make " + folds + " folds from " + groups.size()
          + " group(s): every fold needs at least one group; use at most " + groups.size()
          + " folds, or a finer group column");
    }
    SplitPlan plan = new SplitPlan(foldNames(folds), Collections.nCopies(folds, 1.0));
    return new GroupSplitter(plan, seed).split(rows, stratify);
  }
}
