package dev.ballast.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV manifest: one row per example with a {@code path} column, optional {@code start_sec},
 * {@code end_sec} and {@code group}, and one column per task.
 */
public final class Manifest {
  public static final String PATH = "path";
  public static final String START = "start_sec";
  public static final String END = "end_sec";
  public static final String GROUP = "group";
  /** Separator of labels in a multi-label cell. */
  public static final String MULTI_SEPARATOR = "|";

  private final Path file;
  private final List<String> header;
  private final List<ManifestRow> rows;
  private final String sha256;

  private Manifest(Path file, List<String> header, List<ManifestRow> rows, String sha256) {
    this.file = file;
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
    this.sha256 = sha256;
  }

  public static Manifest read(Path file) throws ManifestException, IOException {
    return read(file, GROUP);
  }

  /**
   * Reads a manifest whose group ids are in {@code groupColumn} (e.g. {@code speaker}); a missing
   * group column is an error unless it is the default {@value #GROUP}, which is optional.
   */
  public static Manifest read(Path file, String groupColumn) throws ManifestException, IOException {
    if (!Files.isRegularFile(file)) {
      throw new ManifestException("manifest " + file + " does not exist; pass the path of a CSV file");
    }
    byte[] bytes = Files.readAllBytes(file);
    List<List<String>> records = Csv.parse(new String(bytes, StandardCharsets.UTF_8));
    if (records.isEmpty()) {
      throw new ManifestException("manifest " + file + " is empty; it needs a header row with a '"
          + PATH + "' column and one row per example");
    }
    List<String> header = new ArrayList<>();
    for (String h : records.get(0)) {
      header.add(h.trim());
    }
    if (!header.contains(PATH)) {
      throw new ManifestException("manifest " + file + " has no '" + PATH + "' column (header: "
          + header + "); add a column named '" + PATH + "' holding each audio file's path");
    }
    for (int i = 0; i < header.size(); i++) {
      if (header.indexOf(header.get(i)) != i) {
        throw new ManifestException("manifest " + file + ": column '" + header.get(i)
            + "' appears twice in the header; rename one of them");
      }
    }
    if (!groupColumn.equals(GROUP) && !header.contains(groupColumn)) {
      throw new ManifestException("manifest " + file + " has no group column '" + groupColumn
          + "' (columns: " + header + "); fix --group or add the column");
    }
    Path base = file.toAbsolutePath().getParent();
    List<ManifestRow> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> rec = records.get(r);
      int line = r + 1;
      if (rec.size() == 1 && rec.get(0).isBlank()) {
        continue;
      }
      if (rec.size() != header.size()) {
        throw new ManifestException("manifest " + file + ", row " + line + ": " + rec.size()
            + " fields but the header has " + header.size() + "; quote fields that contain commas");
      }
      Map<String, String> cells = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        cells.put(header.get(c), rec.get(c).trim());
      }
      String p = cells.get(PATH);
      if (p.isEmpty()) {
        throw new ManifestException("manifest " + file + ", row " + line + ", column '" + PATH
            + "': empty; every row needs an audio file");
      }
      Path audio = base.resolve(p).normalize();
      double start = number(file, line, START, cells.get(START));
      double end = number(file, line, END, cells.get(END));
      if (!Double.isNaN(start) && !Double.isNaN(end) && !(end > start)) {
        throw new ManifestException("manifest " + file + ", row " + line + ": " + END + "=" + end
            + " is not after " + START + "=" + start + "; fix the segment bounds");
      }
      String group = cells.getOrDefault(groupColumn, "");
      if (group.isEmpty()) {
        group = "row-" + line;
      }
      rows.add(new ManifestRow(line, audio, start, end, group, cells));
    }
    if (rows.isEmpty()) {
      throw new ManifestException("manifest " + file + " has a header but no rows");
    }
    return new Manifest(file, header, rows, sha256(bytes));
  }

  private static double number(Path file, int line, String column, String cell)
      throws ManifestException {
    if (cell == null || cell.isEmpty()) {
      return Double.NaN;
    }
    try {
      double v = Double.parseDouble(cell);
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new ManifestException("manifest " + file + ", row " + line + ", column '" + column
          + "': '" + cell + "' is not a non-negative number of seconds; fix the cell");
    }
  }

  public Path file() {
    return file;
  }

  public List<String> header() {
    return header;
  }

  public List<ManifestRow> rows() {
    return rows;
  }

  /** SHA-256 of the manifest's bytes, for provenance. */
  public String sha256() {
    return sha256;
  }

  /** Checks that every task has a column; the message names the missing column and the fix. */
  public void requireColumns(List<TaskSpec> tasks) throws ManifestException {
    for (TaskSpec t : tasks) {
      if (!header.contains(t.name())) {
        throw new ManifestException("manifest " + file + " has no column '" + t.name()
            + "' for task '" + t.name() + "' (columns: " + header + "); add the column or fix"
            + " the task name");
      }
    }
  }

  /**
   * The label domains of {@code specs} as found in this manifest, sorted by name. Empty
   * single-label cells are "not labelled" and add nothing.
   */
  public List<Task> inferTasks(List<TaskSpec> specs) throws ManifestException {
    requireColumns(specs);
    List<Task> tasks = new ArrayList<>();
    for (TaskSpec spec : specs) {
      Set<String> seen = new java.util.TreeSet<>();
      for (ManifestRow row : rows) {
        seen.addAll(labelsIn(row.cells().get(spec.name()), spec.kind()));
      }
      if (seen.isEmpty()) {
        throw new ManifestException("manifest " + file + ", column '" + spec.name()
            + "': no labels at all; label some rows or drop the task");
      }
      if (spec.kind() == TaskKind.SINGLE_LABEL && seen.size() < 2) {
        throw new ManifestException("manifest " + file + ", column '" + spec.name()
            + "': only one label (" + seen + "); a single-label task needs at least two");
      }
      tasks.add(new Task(spec.name(), spec.kind(), new LabelVocabulary(new ArrayList<>(seen))));
    }
    return tasks;
  }

  private static List<String> labelsIn(String cell, TaskKind kind) {
    if (cell == null || cell.isEmpty()) {
      return List.of();
    }
    if (kind == TaskKind.SINGLE_LABEL) {
      return List.of(cell);
    }
    List<String> out = new ArrayList<>();
    for (String part : cell.split(java.util.regex.Pattern.quote(MULTI_SEPARATOR))) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  /**
   * Every row's targets for {@code tasks}; a label outside a task's vocabulary is an error that
   * names the row, the column and the known labels.
   */
  public List<Example> examples(List<Task> tasks) throws ManifestException {
    requireColumns(tasks.stream().map(t -> new TaskSpec(t.name(), t.kind())).toList());
    List<Example> out = new ArrayList<>();
    for (ManifestRow row : rows) {
      Target[] targets = new Target[tasks.size()];
      for (int t = 0; t < tasks.size(); t++) {
        Task task = tasks.get(t);
        List<String> labels = labelsIn(row.cells().get(task.name()), task.kind());
        for (String l : labels) {
          if (task.vocabulary().indexOf(l).isEmpty()) {
            throw new ManifestException("manifest " + file + ", row " + row.line() + ", column '"
                + task.name() + "': label '" + l + "' is not among the labels the model knows "
                + task.vocabulary().labels() + "; fix the label, or retrain with examples of it");
          }
        }
        if (task.kind() == TaskKind.SINGLE_LABEL) {
          targets[t] = new Target.Single(labels.isEmpty() ? Target.Single.MISSING
              : task.vocabulary().indexOf(labels.get(0)).orElseThrow());
        } else {
          boolean[] present = new boolean[task.vocabulary().size()];
          for (String l : labels) {
            present[task.vocabulary().indexOf(l).orElseThrow()] = true;
          }
          targets[t] = new Target.Multi(present);
        }
      }
      out.add(new Example(row, List.of(targets)));
    }
    return out;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
