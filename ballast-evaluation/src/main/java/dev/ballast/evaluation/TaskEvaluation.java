package dev.ballast.evaluation;

import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One task's metrics, paired with the task they were computed for. The factories that take
 * probabilities add extended metrics (agreement, ranking, calibration, bootstrap intervals, ...);
 * without probabilities there are none and the report keeps its original schema.
 */
public sealed interface TaskEvaluation permits TaskEvaluation.Single, TaskEvaluation.Multi {

  Task task();

  ClassificationMetrics metrics();

  /** The metrics' warnings, then those of the extended metrics if any. */
  List<String> warnings();

  /** Evaluates a single-label task with {@link ZeroDivision#ZERO}; -1 in truth means unlabelled. */
  static TaskEvaluation singleLabel(Task task, int[] truth, int[] predicted) {
    return singleLabel(task, truth, predicted, ZeroDivision.ZERO);
  }

  static TaskEvaluation singleLabel(Task task, int[] truth, int[] predicted, ZeroDivision zd) {
    Objects.requireNonNull(task, "task");
    return new Single(task, SingleLabelMetrics.compute(task.name(),
        ConfusionMatrix.of(task.vocabulary(), truth, predicted), zd));
  }

  /**
   * Evaluates a single-label task with extended metrics, {@link ZeroDivision#ZERO} and
   * {@link Bootstrap#DEFAULT}. {@code probabilities[example][class]} are softmax outputs with one
   * row per example (also unlabelled ones, which are left out).
   */
  static TaskEvaluation singleLabel(Task task, int[] truth, int[] predicted,
      float[][] probabilities) {
    return singleLabel(task, truth, predicted, probabilities, ZeroDivision.ZERO,
        Bootstrap.DEFAULT);
  }

  static TaskEvaluation singleLabel(Task task, int[] truth, int[] predicted,
      float[][] probabilities, ZeroDivision zd, Bootstrap bootstrap) {
    Objects.requireNonNull(task, "task");
    SingleLabelMetrics metrics = SingleLabelMetrics.compute(task.name(),
        ConfusionMatrix.of(task.vocabulary(), truth, predicted), zd);
    check(task, TaskKind.SINGLE_LABEL, metrics); // the task's kind before the probabilities
    return new Single(task, metrics, Optional.of(SingleLabelExtendedMetrics.compute(task.name(),
        task.vocabulary(), truth, predicted, probabilities, zd, bootstrap)));
  }

  /** Evaluates a multi-label task with {@link ZeroDivision#ZERO}; rows are examples. */
  static TaskEvaluation multiLabel(Task task, boolean[][] truth, boolean[][] predicted) {
    return multiLabel(task, truth, predicted, ZeroDivision.ZERO);
  }

  static TaskEvaluation multiLabel(Task task, boolean[][] truth, boolean[][] predicted,
      ZeroDivision zd) {
    Objects.requireNonNull(task, "task");
    return new Multi(task, MultiLabelMetrics.compute(task.name(), task.vocabulary(), truth,
        predicted, zd));
  }

  /**
   * Evaluates a multi-label task with extended metrics, {@link ZeroDivision#ZERO} and
   * {@link Bootstrap#DEFAULT}. {@code probabilities[example][label]} are independent (sigmoid)
   * probabilities.
   */
  static TaskEvaluation multiLabel(Task task, boolean[][] truth, boolean[][] predicted,
      float[][] probabilities) {
    return multiLabel(task, truth, predicted, probabilities, ZeroDivision.ZERO,
        Bootstrap.DEFAULT);
  }

  static TaskEvaluation multiLabel(Task task, boolean[][] truth, boolean[][] predicted,
      float[][] probabilities, ZeroDivision zd, Bootstrap bootstrap) {
    Objects.requireNonNull(task, "task");
    MultiLabelMetrics metrics = MultiLabelMetrics.compute(task.name(), task.vocabulary(), truth,
        predicted, zd);
    check(task, TaskKind.MULTI_LABEL, metrics); // the task's kind before the probabilities
    return new Multi(task, metrics, Optional.of(MultiLabelExtendedMetrics.compute(task.name(),
        task.vocabulary(), truth, predicted, probabilities, zd, bootstrap)));
  }

  /** A single-label task, its metrics and, if probabilities were given, extended metrics. */
  record Single(Task task, SingleLabelMetrics metrics,
      Optional<SingleLabelExtendedMetrics> extended) implements TaskEvaluation {
    public Single {
      check(task, TaskKind.SINGLE_LABEL, metrics);
      Objects.requireNonNull(extended, "extended");
      extended.ifPresent(e -> checkClasses(task, e.ranking()));
    }

    /** Without extended metrics. */
    public Single(Task task, SingleLabelMetrics metrics) {
      this(task, metrics, Optional.empty());
    }

    @Override
    public List<String> warnings() {
      return joined(metrics.warnings(), extended.map(SingleLabelExtendedMetrics::warnings));
    }
  }

  /** A multi-label task, its metrics and, if probabilities were given, extended metrics. */
  record Multi(Task task, MultiLabelMetrics metrics, Optional<MultiLabelExtendedMetrics> extended)
      implements TaskEvaluation {
    public Multi {
      check(task, TaskKind.MULTI_LABEL, metrics);
      Objects.requireNonNull(extended, "extended");
      extended.ifPresent(e -> checkClasses(task, e.ranking()));
    }

    /** Without extended metrics. */
    public Multi(Task task, MultiLabelMetrics metrics) {
      this(task, metrics, Optional.empty());
    }

    @Override
    public List<String> warnings() {
      return joined(metrics.warnings(), extended.map(MultiLabelExtendedMetrics::warnings));
    }
  }

  private static List<String> joined(List<String> first, Optional<List<String>> more) {
    List<String> all = new ArrayList<>(first);
    more.ifPresent(all::addAll);
    return List.copyOf(all);
  }

  private static void checkClasses(Task task, RankingScores ranking) {
    if (ranking.rocAuc().size() != task.vocabulary().size()) {
      throw new IllegalArgumentException("extended metrics cover " + ranking.rocAuc().size()
          + " labels but task '" + task.name() + "' has " + task.vocabulary().size()
          + "; compute them over the task's own vocabulary");
    }
  }

  private static void check(Task task, TaskKind kind, ClassificationMetrics metrics) {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(metrics, "metrics");
    if (task.kind() != kind) {
      throw new IllegalArgumentException("task '" + task.name() + "' is " + task.kind().jsonName()
          + " but these metrics are " + kind.jsonName() + "; evaluate it with TaskEvaluation."
          + (task.kind() == TaskKind.SINGLE_LABEL ? "singleLabel" : "multiLabel"));
    }
    if (!task.name().equals(metrics.taskName())) {
      throw new IllegalArgumentException("metrics were computed for task '" + metrics.taskName()
          + "' but are paired with task '" + task.name() + "'; compute them under the task's name");
    }
    if (!task.vocabulary().equals(metrics.vocabulary())) {
      throw new IllegalArgumentException("metrics use labels " + metrics.vocabulary()
          + " but task '" + task.name() + "' has " + task.vocabulary()
          + "; compute them over the task's own vocabulary");
    }
  }
}
