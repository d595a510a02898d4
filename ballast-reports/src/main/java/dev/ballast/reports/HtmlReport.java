package dev.ballast.reports;

import dev.ballast.data.Task;
import dev.ballast.evaluation.ClassMetrics;
import dev.ballast.evaluation.EvaluationReport;
import dev.ballast.evaluation.TaskEvaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes an evaluation as one self-contained page, {@code report.html} (inline CSS, figures
 * embedded as PNG data URIs, no scripts, nothing fetched), and the same figures as PNG files in
 * {@code figures/}: per task {@code <task>-confusion.png}, {@code <task>-confusion-normalised.png},
 * {@code <task>-f1-vs-support.png} (when training support is known), {@code <task>-roc.png} and
 * {@code <task>-reliability.png} (when predictions are given). {@code <task>} is the task name
 * with every character outside {@code [A-Za-z0-9._-]} replaced by {@code _}.
 */
public final class HtmlReport {
  public static final String FILE_NAME = "report.html";
  public static final String FIGURES_DIR = "figures";

  private HtmlReport() {}

  /**
   * Creates {@code dir} and {@code dir/figures} if needed, writes the page and the figures, and
   * returns the written files, the page first.
   *
   * @param predictions at most one per task of {@code report}; a task without them has no ROC
   *     curves, reliability diagram or (multi-label) confusion counts, and the page says so
   * @param trainingSupportByTask task name to training examples per class
   *     ({@code long[class]}, vocabulary order); may be empty
   * @param provenance shown as a key/value table, nested values as JSON; may be empty
   */
  public static List<Path> write(Path dir, String title, EvaluationReport report,
      List<TaskPredictions> predictions, Map<String, long[]> trainingSupportByTask,
      Map<String, Object> provenance) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(provenance, "provenance");
    Map<String, TaskPredictions> byTask = predictionsByTask(report, predictions);
    Map<String, long[]> support = checkedSupport(report, trainingSupportByTask);
    Headless.ensure();
    Path figuresDir = dir.resolve(FIGURES_DIR);
    Files.createDirectories(figuresDir);
    List<Path> figureFiles = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    Set<String> stems = new HashSet<>();
    for (int t = 0; t < report.tasks().size(); t++) {
      TaskEvaluation evaluation = report.tasks().get(t);
      String name = evaluation.task().name();
      Optional<long[]> taskSupport = Optional.ofNullable(support.get(name));
      TaskFigures figures = TaskFigures.of(evaluation, Optional.ofNullable(byTask.get(name)),
          taskSupport);
      String stem = uniqueStem(name, stems);
      for (Figure f : figures.figures()) {
        Path file = figuresDir.resolve(f.fileName(stem));
        Files.write(file, f.png());
        figureFiles.add(file);
      }
      sections.add(TaskSection.html("task-" + t, evaluation, taskSupport, figures));
    }
    Path page = dir.resolve(FILE_NAME);
    Files.writeString(page, Page.html(title, report, sections, provenance),
        StandardCharsets.UTF_8);
    List<Path> written = new ArrayList<>(List.of(page));
    written.addAll(figureFiles);
    return List.copyOf(written);
  }

  /** The task name made safe as a file name, unique among {@code taken}. */
  static String uniqueStem(String taskName, Set<String> taken) {
    String stem = taskName.replaceAll("[^A-Za-z0-9._-]", "_");
    String candidate = stem;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = stem + "-" + n;
    }
    return candidate;
  }

  private static Map<String, TaskPredictions> predictionsByTask(EvaluationReport report,
      List<TaskPredictions> predictions) {
    Objects.requireNonNull(predictions, "predictions");
    Map<String, TaskPredictions> byTask = new LinkedHashMap<>();
    for (TaskPredictions p : predictions) {
      Task task = Objects.requireNonNull(p, "predictions entry").task();
      Task evaluated = reportTask(report, task.name(), "predictions");
      if (!evaluated.equals(task)) {
        throw new IllegalArgumentException("predictions for task '" + task.name() + "' are for "
            + task + " but the report evaluated " + evaluated + "; pass predictions made with the"
            + " evaluated task's kind and vocabulary");
      }
      checkSupport(report, p);
      if (byTask.put(task.name(), p) != null) {
        throw new IllegalArgumentException("predictions for task '" + task.name() + "' appear"
            + " twice; pass one TaskPredictions per task");
      }
    }
    return byTask;
  }

  /** The predictions' truth must be the one the report counted, class by class. */
  private static void checkSupport(EvaluationReport report, TaskPredictions predictions) {
    Task task = predictions.task();
    List<ClassMetrics> perClass = report.tasks().stream()
        .filter(e -> e.task().name().equals(task.name())).findFirst().orElseThrow()
        .metrics().perClass();
    for (int c = 0; c < perClass.size(); c++) {
      long positives = Outcomes.oneVsRest(predictions, c).positives();
      if (positives != perClass.get(c).support()) {
        throw new IllegalArgumentException("predictions for task '" + task.name() + "' hold "
            + positives + " true examples of '" + task.vocabulary().label(c) + "' but the report"
            + " counted " + perClass.get(c).support() + "; pass the predictions the report was"
            + " computed from");
      }
    }
  }

  private static Map<String, long[]> checkedSupport(EvaluationReport report,
      Map<String, long[]> trainingSupportByTask) {
    Objects.requireNonNull(trainingSupportByTask, "trainingSupportByTask");
    Map<String, long[]> copy = new LinkedHashMap<>();
    trainingSupportByTask.forEach((name, support) -> {
      Task task = reportTask(report, name, "training support");
      int k = task.vocabulary().size();
      if (support == null || support.length != k) {
        throw new IllegalArgumentException("training support of task '" + name + "' has "
            + (support == null ? "no" : String.valueOf(support.length)) + " entries but the task"
            + " has " + k + " labels " + task.vocabulary() + "; pass one count per label in"
            + " vocabulary order");
      }
      for (int c = 0; c < k; c++) {
        if (support[c] < 0) {
          throw new IllegalArgumentException("training support of '" + task.vocabulary().label(c)
              + "' in task '" + name + "' is " + support[c] + "; counts are 0 or more");
        }
      }
      copy.put(name, support.clone());
    });
    return copy;
  }

  private static Task reportTask(EvaluationReport report, String name, String what) {
    return report.tasks().stream().map(TaskEvaluation::task).filter(t -> t.name().equals(name))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(what + " given for task '"
            + name + "' but the report has no such task; it evaluated " + report.tasks().stream()
                .map(e -> "'" + e.task().name() + "'").toList() + ". Pass " + what
            + " only for evaluated tasks"));
  }
}
