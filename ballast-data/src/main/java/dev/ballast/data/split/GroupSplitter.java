package dev.ballast.data.split;

import dev.ballast.data.Manifest;
import dev.ballast.data.ManifestException;
import dev.ballast.data.ManifestRow;
import dev.ballast.data.TaskKind;
import dev.ballast.data.TaskSpec;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Group-aware stratified split into any number of parts: every group (speaker, patient) lands in
 * exactly one part, parts get close to their share of the rows, and each part's label counts for
 * the stratification task get close to its share of the whole's. A single-label task is
 * stratified greedily by each group's rarest class, a multi-label task by iterative
 * stratification over its labels. Rows without a label move with their group. The same rows,
 * plan and seed give the same split.
 */
public final class GroupSplitter {
  private final SplitPlan plan;
  private final long seed;

  public GroupSplitter(SplitPlan plan, long seed) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.seed = seed;
  }

  public SplitPlan plan() {
    return plan;
  }

  public long seed() {
    return seed;
  }

  /** Splits a manifest's rows; the message of a missing stratification column names the fix. */
  public Partition split(Manifest manifest, TaskSpec stratify) throws ManifestException {
    manifest.requireColumns(List.of(stratify));
    return split(manifest.rows(), stratify);
  }

  /**
   * Splits {@code rows} by {@link ManifestRow#group()}, stratified by the column
   * {@code stratify.name()} read as {@code stratify.kind()} labels.
   *
   * @throws IllegalArgumentException when there are fewer groups than parts or a row lacks the
   *     column
   */
  public Partition split(List<ManifestRow> rows, TaskSpec stratify) {
    Objects.requireNonNull(stratify, "stratify");
    Groups groups = Groups.of(rows, stratify);
    if (groups.count() < plan.size()) {
      throw new IllegalArgumentException("cannot split " + groups.count() + " group(s) into "
          + plan.size() + " parts: every part needs at least one group; use at most "
          + groups.count() + " parts, or a finer group column");
    }
    GroupAssigner assigner = stratify.kind() == TaskKind.MULTI_LABEL
        ? new IterativeAssigner() : new SingleLabelAssigner();
    int[] partOfGroup = assigner.assign(groups, plan.shares(), new Random(seed));
    fillEmptyParts(groups, partOfGroup, plan.size());
    int[] partOfRow = new int[rows.size()];
    for (int g = 0; g < groups.count(); g++) {
      for (int i : groups.members(g)) {
        partOfRow[i] = partOfGroup[g];
      }
    }
    return new Partition(plan.names(), rows, partOfRow, stratify);
  }

  /**
   * A part the assigner left empty (a tiny share, few large groups) takes the smallest group of
   * the part holding the most groups, so that every part exists.
   */
  private static void fillEmptyParts(Groups groups, int[] partOfGroup, int parts) {
    while (true) {
      int[] groupCount = new int[parts];
      int[] rowCount = new int[parts];
      for (int g = 0; g < partOfGroup.length; g++) {
        groupCount[partOfGroup[g]]++;
        rowCount[partOfGroup[g]] += groups.size(g);
      }
      int empty = -1;
      int donor = 0;
      for (int p = 0; p < parts; p++) {
        if (groupCount[p] == 0 && empty < 0) {
          empty = p;
        }
        if (groupCount[p] > groupCount[donor]
            || (groupCount[p] == groupCount[donor] && rowCount[p] > rowCount[donor])) {
          donor = p;
        }
      }
      if (empty < 0) {
        return;
      }
      int smallest = -1;
      for (int g = 0; g < partOfGroup.length; g++) {
        if (partOfGroup[g] == donor && (smallest < 0 || groups.size(g) < groups.size(smallest))) {
          smallest = g;
        }
      }
      partOfGroup[smallest] = empty;
    }
  }
}
