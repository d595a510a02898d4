package dev.ballast.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every task's metrics plus the rows that could not be evaluated, rendered as text
 * ({@code report.txt}) and JSON ({@code metrics.json}). Immutable: {@link #withExtra} returns a
 * copy.
 */
public final class EvaluationReport {
  private static final Set<String> RESERVED_KEYS = Set.of("tasks", "skipped");

  /** A row left out of the evaluation, e.g. audio that failed to decode. */
  public record SkippedRow(String path, String error) {
    public SkippedRow {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(error, "error");
    }
  }

  private final List<TaskEvaluation> tasks;
  private final List<SkippedRow> skipped;
  private final Map<String, JsonNode> extra;

  public EvaluationReport(List<TaskEvaluation> tasks, List<SkippedRow> skipped) {
    this(tasks, skipped, Map.of());
  }

  private EvaluationReport(List<TaskEvaluation> tasks, List<SkippedRow> skipped,
      Map<String, JsonNode> extra) {
    this.tasks = List.copyOf(tasks);
    this.skipped = List.copyOf(skipped);
    this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    Set<String> names = new HashSet<>();
    for (TaskEvaluation t : this.tasks) {
      if (!names.add(t.task().name())) {
        throw new IllegalArgumentException("task '" + t.task().name() + "' appears twice in the"
            + " report; evaluate each task once");
      }
    }
  }

  /**
   * A copy with one more top-level JSON entry, e.g. "provenance" or "model". {@code jsonValue} is
   * anything Jackson can turn into a tree (a {@link JsonNode}, map, list, record, string, number).
   */
  public EvaluationReport withExtra(String key, Object jsonValue) {
    Objects.requireNonNull(key, "key");
    if (RESERVED_KEYS.contains(key)) {
      throw new IllegalArgumentException("extra key '" + key + "' is reserved for the report's own"
          + " entries " + RESERVED_KEYS + "; choose another key, e.g. 'provenance'");
    }
    if (extra.containsKey(key)) {
      throw new IllegalArgumentException("extra key '" + key + "' is already set; add each extra"
          + " key once");
    }
    Map<String, JsonNode> more = new LinkedHashMap<>(extra);
    JsonNode tree = MetricsJson.MAPPER.valueToTree(jsonValue);
    more.put(key, tree == null ? NullNode.getInstance() : tree.deepCopy());
    return new EvaluationReport(tasks, skipped, more);
  }

  public List<TaskEvaluation> tasks() {
    return tasks;
  }

  public List<SkippedRow> skipped() {
    return skipped;
  }

  /** Extra top-level JSON entries, in the order added; copies, so the report stays immutable. */
  public Map<String, JsonNode> extra() {
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    extra.forEach((k, v) -> copy.put(k, v.deepCopy()));
    return Collections.unmodifiableMap(copy);
  }

  public String toText() {
    StringBuilder sb = new StringBuilder(ReportText.format(tasks, skipped));
    extra.forEach((key, value) -> {
      try {
        sb.append('\n').append(key).append('\n').append("=".repeat(key.length())).append('\n')
            .append(MetricsJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value))
            .append('\n');
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    });
    return sb.toString();
  }

  /** The {@code metrics.json} tree; a fresh, mutable copy on every call. */
  public ObjectNode toJson() {
    return MetricsJson.build(tasks, skipped, extra);
  }

  /** {@link #toJson()} pretty-printed, ending with a newline. */
  public String toJsonText() {
    try {
      return MetricsJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson())
          + "\n";
    } catch (JsonProcessingException e) {
      // a tree built from strings and numbers always serialises
      throw new UncheckedIOException(e);
    }
  }

  /** Creates {@code dir} if needed and writes {@code report.txt} and {@code metrics.json} in it. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("report.txt"), toText(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("metrics.json"), toJsonText(), StandardCharsets.UTF_8);
  }

  /** Lays two reports out in two columns, each under its title, e.g. to compare two models. */
  public static String sideBySide(String leftTitle, String leftText, String rightTitle,
      String rightText) {
    Objects.requireNonNull(leftTitle, "leftTitle");
    Objects.requireNonNull(leftText, "leftText");
    Objects.requireNonNull(rightTitle, "rightTitle");
    Objects.requireNonNull(rightText, "rightText");
    return SideBySide.format(leftTitle, leftText, rightTitle, rightText);
  }
}
