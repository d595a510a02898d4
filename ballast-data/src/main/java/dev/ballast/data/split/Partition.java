package dev.ballast.data.split;

import dev.ballast.data.ManifestRow;
import dev.ballast.data.TaskSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rows divided into named parts, each row in exactly one part; within a part, rows keep their
 * input order. Remembers the task it was stratified by, for {@link #counts()}.
 */
public final class Partition {
  /** One part: its name and rows. */
  public record Part(String name, List<ManifestRow> rows) {
    public Part {
      Objects.requireNonNull(name, "name");
      rows = List.copyOf(rows);
    }
  }

  private final List<String> names;
  private final List<ManifestRow> rows;
  private final int[] partOfRow;
  private final TaskSpec stratify;

  /** @param partOfRow the part index of each row of {@code rows} */
  Partition(List<String> names, List<ManifestRow> rows, int[] partOfRow, TaskSpec stratify) {
    if (partOfRow.length != rows.size()) {
      throw new IllegalArgumentException(rows.size() + " rows but " + partOfRow.length
          + " part indices");
    }
    for (int p : partOfRow) {
      if (p < 0 || p >= names.size()) {
        throw new IllegalArgumentException("part index " + p + " outside [0, " + names.size()
            + ")");
      }
    }
    this.names = List.copyOf(names);
    this.rows = List.copyOf(rows);
    this.partOfRow = partOfRow.clone();
    this.stratify = Objects.requireNonNull(stratify, "stratify");
  }

  public List<String> names() {
    return names;
  }

  public TaskSpec stratify() {
    return stratify;
  }

  /** Every part, in plan order. */
  public List<Part> parts() {
    List<Part> out = new ArrayList<>();
    for (int p = 0; p < names.size(); p++) {
      out.add(part(p));
    }
    return out;
  }

  public Part part(int index) {
    List<ManifestRow> in = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (partOfRow[i] == index) {
        in.add(rows.get(i));
      }
    }
    return new Part(names.get(index), in);
  }

  public Part part(String name) {
    int index = names.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no part named '" + name + "' (parts: " + names
          + "); use one of those names");
    }
    return part(index);
  }

  /** Rows per label and part for the task this partition was stratified by. */
  public ClassCounts counts() {
    return new ClassCounts(names, rows, partOfRow, stratify);
  }

  /**
   * Two parts, {@code train} (every part but {@code index}) and {@code test} (part {@code index}):
   * one fold of a k-fold partition.
   */
  public Partition holdOut(int index) {
    Objects.checkIndex(index, names.size());
    int[] twoWay = new int[partOfRow.length];
    for (int i = 0; i < twoWay.length; i++) {
      twoWay[i] = partOfRow[i] == index ? 1 : 0;
    }
    return new Partition(List.of("train", "test"), rows, twoWay, stratify);
  }
}
