package dev.ballast.data.split;

import dev.ballast.data.ManifestRow;
import dev.ballast.data.TaskSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rows carrying each label in each part of a {@link Partition}, with row and group totals. The
 * labels are those of the whole partition, sorted; a multi-label row counts once per label.
 */
public final class ClassCounts {
  /** A label of the whole that a part has no row of. */
  public record Missing(String label, String part) {
    /** {@code class 'x' is missing from part 'dev'}. */
    public String message() {
      return "class '" + label + "' is missing from part '" + part + "'";
    }
  }

  private final List<String> parts;
  private final List<String> labels;
  private final int[][] counts; // [label][part]
  private final int[] rows;
  private final int[] unlabelled;
  private final int[] groups;

  ClassCounts(List<String> parts, List<ManifestRow> allRows, int[] partOfRow, TaskSpec stratify) {
    this.parts = List.copyOf(parts);
    List<List<String>> rowLabels = new ArrayList<>();
    TreeSet<String> domain = new TreeSet<>();
    for (ManifestRow r : allRows) {
      List<String> ls = StratumLabels.of(r.cells().get(stratify.name()), stratify.kind());
      rowLabels.add(ls);
      domain.addAll(ls);
    }
    this.labels = List.copyOf(domain);
    Map<String, Integer> labelIndex = new HashMap<>();
    for (int l = 0; l < labels.size(); l++) {
      labelIndex.put(labels.get(l), l);
    }
    this.counts = new int[labels.size()][parts.size()];
    this.rows = new int[parts.size()];
    this.unlabelled = new int[parts.size()];
    this.groups = new int[parts.size()];
    List<Set<String>> groupSets = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      groupSets.add(new HashSet<>());
    }
    for (int i = 0; i < allRows.size(); i++) {
      int p = partOfRow[i];
      rows[p]++;
      groupSets.get(p).add(allRows.get(i).group());
      if (rowLabels.get(i).isEmpty()) {
        unlabelled[p]++;
      }
      for (String l : rowLabels.get(i)) {
        counts[labelIndex.get(l)][p]++;
      }
    }
    for (int p = 0; p < parts.size(); p++) {
      groups[p] = groupSets.get(p).size();
    }
  }

  public List<String> parts() {
    return parts;
  }

  /** Every label of the whole partition, sorted. */
  public List<String> labels() {
    return labels;
  }

  /** Rows of {@code part} carrying {@code label}. */
  public int count(String label, String part) {
    int l = labels.indexOf(label);
    if (l < 0) {
      throw new IllegalArgumentException("no label '" + label + "' in the partition (labels: "
          + labels + "); use one of those labels");
    }
    return counts[l][partIndex(part)];
  }

  public int rows(String part) {
    return rows[partIndex(part)];
  }

  /** Rows of {@code part} with no label for the task. */
  public int unlabelled(String part) {
    return unlabelled[partIndex(part)];
  }

  /** Distinct groups in {@code part}. */
  public int groups(String part) {
    return groups[partIndex(part)];
  }

  /** Every (label, part) with no row, labels in order, then parts in order. */
  public List<Missing> missing() {
    List<Missing> out = new ArrayList<>();
    for (int l = 0; l < labels.size(); l++) {
      for (int p = 0; p < parts.size(); p++) {
        if (counts[l][p] == 0) {
          out.add(new Missing(labels.get(l), parts.get(p)));
        }
      }
    }
    return out;
  }

  /**
   * A plain-text table: one line per label, one column per part, then lines for unlabelled rows
   * (when there are any), all rows and groups.
   */
  public String table() {
    List<List<String>> lines = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of("class"));
    head.addAll(parts);
    lines.add(head);
    for (int l = 0; l < labels.size(); l++) {
      lines.add(line(labels.get(l), counts[l]));
    }
    boolean anyUnlabelled = false;
    for (int u : unlabelled) {
      anyUnlabelled |= u > 0;
    }
    if (anyUnlabelled) {
      lines.add(line("(unlabelled)", unlabelled));
    }
    lines.add(line("rows", rows));
    lines.add(line("groups", groups));
    int[] width = new int[head.size()];
    for (List<String> line : lines) {
      for (int c = 0; c < line.size(); c++) {
        width[c] = Math.max(width[c], line.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> line : lines) {
      sb.append(String.format(Locale.ROOT, "%-" + width[0] + "s", line.get(0)));
      for (int c = 1; c < line.size(); c++) {
        sb.append("  ").append(String.format(Locale.ROOT, "%" + width[c] + "s", line.get(c)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static List<String> line(String name, int[] values) {
    List<String> line = new ArrayList<>(List.of(name));
    for (int v : values) {
      line.add(Integer.toString(v));
    }
    return line;
  }

  private int partIndex(String part) {
    int p = parts.indexOf(part);
    if (p < 0) {
      throw new IllegalArgumentException("no part named '" + part + "' (parts: " + parts
          + "); use one of those names");
    }
    return p;
  }
}
