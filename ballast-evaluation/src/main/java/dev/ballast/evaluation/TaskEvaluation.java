package dev.ballast.evaluation;

import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import java.util.Objects;

/** One task's metrics, paired with the task they were computed for. */
public sealed interface TaskEvaluation permits TaskEvaluation.Single, TaskEvaluation.Multi {

  Task task();

  ClassificationMetrics metrics();

  /** Evaluates a single-label task with {@link ZeroDivision#ZERO}; -1 in truth means unlabelled. */
  static TaskEvaluation singleLabel(Task task, int[] truth, int[] predicted) {
    return singleLabel(task, truth, predicted, ZeroDivision.ZERO);
  }

  static TaskEvaluation singleLabel(Task task, int[] truth, int[] predicted, ZeroDivision zd) {
    Objects.requireNonNull(task, "task");
    return new Single(task, SingleLabelMetrics.compute(task.name(),
        ConfusionMatrix.of(task.vocabulary(), truth, predicted), zd));
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

  /** A single-label task and its metrics. */
  record Single(Task task, SingleLabelMetrics metrics) implements TaskEvaluation {
    public Single {
      check(task, TaskKind.SINGLE_LABEL, metrics);
    }
  }

  /** A multi-label task and its metrics. */
  record Multi(Task task, MultiLabelMetrics metrics) implements TaskEvaluation {
    public Multi {
      check(task, TaskKind.MULTI_LABEL, metrics);
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
