package dev.ballast.data;

import java.util.List;

/** Choices over a task list shared by splitting, sampling and stratification. */
public final class Tasks {
  private Tasks() {}

  /**
   * Index of the single-label task with the most classes (the hardest to keep represented; the
   * first on ties), or -1 when every task is multi-label.
   */
  public static int widestSingleLabel(List<Task> tasks) {
    int best = -1;
    for (int t = 0; t < tasks.size(); t++) {
      if (tasks.get(t).kind() == TaskKind.SINGLE_LABEL
          && (best < 0 || tasks.get(t).vocabulary().size() > tasks.get(best).vocabulary().size())) {
        best = t;
      }
    }
    return best;
  }
}
