package dev.ballast.reports;

import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import java.util.Objects;

/**
 * One task's raw truth and class probabilities, one row per example, which ROC curves and
 * reliability diagrams need ({@link dev.ballast.evaluation.EvaluationReport} holds only summary
 * numbers). Arrays are copied in and out.
 */
public sealed interface TaskPredictions permits TaskPredictions.Single, TaskPredictions.Multi {

  Task task();

  /** {@code float[example][class]}, in the task's vocabulary order. */
  float[][] probabilities();

  /** Number of rows (examples), labelled or not. */
  int examples();

  /**
   * A single-label task: {@code truth[example]} is a class index or -1 (not labelled for the task),
   * {@code probabilities[example][class]} softmax outputs.
   */
  static TaskPredictions singleLabel(Task task, int[] truth, float[][] probabilities) {
    return new Single(task, truth, probabilities);
  }

  /**
   * A multi-label task: {@code truth} and {@code predicted} are {@code boolean[example][label]}
   * ({@code predicted} holds the decisions after thresholds, for the per-label confusion counts),
   * {@code probabilities} independent sigmoid outputs.
   */
  static TaskPredictions multiLabel(Task task, boolean[][] truth, boolean[][] predicted,
      float[][] probabilities) {
    return new Multi(task, truth, predicted, probabilities);
  }

  /** See {@link #singleLabel}. */
  record Single(Task task, int[] truth, float[][] probabilities) implements TaskPredictions {
    public Single {
      Checks.kind(task, TaskKind.SINGLE_LABEL);
      Objects.requireNonNull(truth, "truth");
      int k = task.vocabulary().size();
      for (int i = 0; i < truth.length; i++) {
        if (truth[i] != Target.Single.MISSING && (truth[i] < 0 || truth[i] >= k)) {
          throw new IllegalArgumentException("truth[" + i + "] = " + truth[i] + " is not a class"
              + " index of task '" + task.name() + "'; use 0.." + (k - 1) + ", or -1 for an"
              + " example not labelled for the task");
        }
      }
      truth = truth.clone();
      probabilities = Checks.probabilities(task, probabilities, truth.length);
    }

    @Override
    public int[] truth() {
      return truth.clone();
    }

    @Override
    public float[][] probabilities() {
      return Checks.copy(probabilities);
    }

    @Override
    public int examples() {
      return truth.length;
    }
  }

  /** See {@link #multiLabel}. */
  record Multi(Task task, boolean[][] truth, boolean[][] predicted, float[][] probabilities)
      implements TaskPredictions {
    public Multi {
      Checks.kind(task, TaskKind.MULTI_LABEL);
      truth = Checks.decisions(task, "truth", truth, Objects.requireNonNull(truth, "truth").length);
      predicted = Checks.decisions(task, "predicted", predicted, truth.length);
      probabilities = Checks.probabilities(task, probabilities, truth.length);
    }

    @Override
    public boolean[][] truth() {
      return Checks.copy(truth);
    }

    @Override
    public boolean[][] predicted() {
      return Checks.copy(predicted);
    }

    @Override
    public float[][] probabilities() {
      return Checks.copy(probabilities);
    }

    @Override
    public int examples() {
      return truth.length;
    }
  }
}
