package dev.ballast.reports;

import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import java.util.Objects;

/** Argument checks and defensive copies for {@link TaskPredictions}. */
final class Checks {
  private Checks() {}

  static void kind(Task task, TaskKind kind) {
    Objects.requireNonNull(task, "task");
    if (task.kind() != kind) {
      throw new IllegalArgumentException("task '" + task.name() + "' is "
          + task.kind().jsonName() + " but these predictions are " + kind.jsonName()
          + "; use TaskPredictions." + (task.kind() == TaskKind.SINGLE_LABEL
              ? "singleLabel" : "multiLabel"));
    }
  }

  /** Checks one row per example, one value in [0, 1] per label, and returns a copy. */
  static float[][] probabilities(Task task, float[][] probabilities, int examples) {
    Objects.requireNonNull(probabilities, "probabilities");
    rows(task, "probabilities", probabilities.length, examples);
    int k = task.vocabulary().size();
    float[][] copy = new float[examples][];
    for (int i = 0; i < examples; i++) {
      float[] row = probabilities[i];
      width(task, "probabilities", i, row == null ? -1 : row.length);
      for (int c = 0; c < k; c++) {
        if (!(row[c] >= 0 && row[c] <= 1)) {
          throw new IllegalArgumentException("probabilities[" + i + "][" + c + "] = " + row[c]
              + " is not a probability; pass softmax or sigmoid outputs in [0, 1]");
        }
      }
      copy[i] = row.clone();
    }
    return copy;
  }

  /** Checks a {@code boolean[example][label]} matrix and returns a copy. */
  static boolean[][] decisions(Task task, String name, boolean[][] rows, int examples) {
    Objects.requireNonNull(rows, name);
    rows(task, name, rows.length, examples);
    boolean[][] copy = new boolean[examples][];
    for (int i = 0; i < examples; i++) {
      width(task, name, i, rows[i] == null ? -1 : rows[i].length);
      copy[i] = rows[i].clone();
    }
    return copy;
  }

  static float[][] copy(float[][] rows) {
    float[][] copy = new float[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      copy[i] = rows[i].clone();
    }
    return copy;
  }

  static boolean[][] copy(boolean[][] rows) {
    boolean[][] copy = new boolean[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      copy[i] = rows[i].clone();
    }
    return copy;
  }

  private static void rows(Task task, String name, int rows, int examples) {
    if (rows != examples) {
      throw new IllegalArgumentException(name + " of task '" + task.name() + "' has " + rows
          + " rows for " + examples + " examples; pass one row per example, also unlabelled"
          + " ones");
    }
  }

  private static void width(Task task, String name, int row, int length) {
    int k = task.vocabulary().size();
    if (length != k) {
      throw new IllegalArgumentException(name + "[" + row + "] has "
          + (length < 0 ? "no row" : length + " entries") + " but task '" + task.name()
          + "' has " + k + " labels " + task.vocabulary() + "; pass one value per label in"
          + " vocabulary order");
    }
  }
}
