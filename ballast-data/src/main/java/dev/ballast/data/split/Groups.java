package dev.ballast.data.split;

import dev.ballast.data.ManifestRow;
import dev.ballast.data.TaskSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Rows gathered by group, in order of first appearance, with each group's row count and per-label
 * row counts for the stratification task ({@code labelCounts[group][label]}, labels sorted).
 */
final class Groups {
  private final List<String> ids;
  private final List<int[]> members;
  private final List<String> labels;
  private final int[][] labelCounts;
  private final int[] labelTotals;
  private final int rowCount;

  private Groups(List<String> ids, List<int[]> members, List<String> labels, int[][] labelCounts,
      int rowCount) {
    this.ids = ids;
    this.members = members;
    this.labels = labels;
    this.labelCounts = labelCounts;
    this.rowCount = rowCount;
    this.labelTotals = new int[labels.size()];
    for (int[] counts : labelCounts) {
      for (int l = 0; l < counts.length; l++) {
        labelTotals[l] += counts[l];
      }
    }
  }

  /** Groups {@code rows}; every row must have a cell for {@code stratify}. */
  static Groups of(List<ManifestRow> rows, TaskSpec stratify) {
    Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
    List<List<String>> rowLabels = new ArrayList<>();
    TreeSet<String> domain = new TreeSet<>();
    for (int i = 0; i < rows.size(); i++) {
      ManifestRow r = rows.get(i);
      if (!r.cells().containsKey(stratify.name())) {
        throw new IllegalArgumentException("row " + r.line() + " has no column '"
            + stratify.name() + "' to stratify by (columns: " + new TreeSet<>(r.cells().keySet())
            + "); fix the task name or add the column");
      }
      List<String> ls = StratumLabels.of(r.cells().get(stratify.name()), stratify.kind());
      rowLabels.add(ls);
      domain.addAll(ls);
      byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(i);
    }
    List<String> labels = List.copyOf(domain);
    Map<String, Integer> labelIndex = new LinkedHashMap<>();
    for (int l = 0; l < labels.size(); l++) {
      labelIndex.put(labels.get(l), l);
    }
    List<String> ids = new ArrayList<>(byGroup.keySet());
    List<int[]> members = new ArrayList<>();
    int[][] counts = new int[ids.size()][labels.size()];
    for (int g = 0; g < ids.size(); g++) {
      List<Integer> m = byGroup.get(ids.get(g));
      members.add(m.stream().mapToInt(Integer::intValue).toArray());
      for (int i : m) {
        for (String l : rowLabels.get(i)) {
          counts[g][labelIndex.get(l)]++;
        }
      }
    }
    return new Groups(List.copyOf(ids), List.copyOf(members), labels, counts, rows.size());
  }

  int count() {
    return ids.size();
  }

  String id(int group) {
    return ids.get(group);
  }

  /** Indices into the split's row list. */
  int[] members(int group) {
    return members.get(group);
  }

  int size(int group) {
    return members.get(group).length;
  }

  int rowCount() {
    return rowCount;
  }

  List<String> labels() {
    return labels;
  }

  /** Rows of {@code group} carrying {@code label}. */
  int labelCount(int group, int label) {
    return labelCounts[group][label];
  }

  /** Rows of all groups carrying {@code label}. */
  int labelTotal(int label) {
    return labelTotals[label];
  }

  boolean hasLabels(int group) {
    for (int c : labelCounts[group]) {
      if (c > 0) {
        return true;
      }
    }
    return false;
  }
}
