package dev.ballast.training.resampling;

import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import dev.ballast.training.TrainingSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One task of a training set, validated for one resampler: which rows are labelled, their
 * classes, the class counts and (for strategy-driven resamplers) the resolved targets.
 */
final class Problem {
  private final TrainingSet data;
  private final int task;
  private final Task spec;
  private final int[] labelled;
  private final int[] classOf;
  private final int[] counts;
  private final Targets targets;

  private Problem(TrainingSet data, int task, int[] labelled, int[] classOf, int[] counts,
      Targets targets) {
    this.data = data;
    this.task = task;
    this.spec = data.tasks().get(task);
    this.labelled = labelled;
    this.classOf = classOf;
    this.counts = counts;
    this.targets = targets;
  }

  /** Every check a resampler needs before it runs; throws {@link IllegalArgumentException}. */
  static Problem validate(TrainingSet data, int task, Resampler resampler) {
    Objects.requireNonNull(data, "data");
    String name = resampler.name();
    List<Task> tasks = data.tasks();
    if (task < 0 || task >= tasks.size()) {
      throw new IllegalArgumentException("task index " + task + " is out of range: the training"
          + " set has " + tasks.size() + " task(s) " + tasks.stream().map(Task::name).toList()
          + "; pass an index from 0 to " + (tasks.size() - 1));
    }
    Task spec = tasks.get(task);
    if (!resampler.kinds().contains(spec.kind())) {
      throw new IllegalArgumentException(name + " resamples " + kindNames(resampler)
          + " tasks, but task '" + spec.name() + "' is " + spec.kind().jsonName() + "; use "
          + (spec.kind() == TaskKind.MULTI_LABEL ? MlRos.NAME : "random-over, smote or another"
              + " single-label resampler") + " for it");
    }
    checkEmbeddings(data.x());
    int n = data.size();
    int[] classOf = new int[n];
    int[] counts = new int[spec.vocabulary().size()];
    int[] labelled = new int[n];
    int labelledCount = 0;
    for (int i = 0; i < n; i++) {
      Target[] row = data.targets()[i];
      if (row == null || row.length != tasks.size()) {
        throw new IllegalArgumentException("targets[" + i + "] has "
            + (row == null ? "no" : String.valueOf(row.length)) + " entries but the training set"
            + " has " + tasks.size() + " tasks; give every example one target per task");
      }
      classOf[i] = readTarget(row[task], i, task, spec, counts);
      if (classOf[i] != Target.Single.MISSING) {
        labelled[labelledCount++] = i;
      }
    }
    labelled = Arrays.copyOf(labelled, labelledCount);
    Targets targets = new Targets(counts.clone(), new boolean[counts.length]);
    if (resampler.goal() != Goal.OWN) {
      requireTwoClasses(counts, spec, name);
      targets = Targets.resolve(resampler.strategy(), resampler.goal(), counts, spec, name);
      for (Need need : resampler.needs()) {
        checkNeed(need, counts, targets, labelledCount, spec, name);
      }
    }
    return new Problem(data, task, labelled, classOf, counts, targets);
  }

  private static String kindNames(Resampler r) {
    return r.kinds().stream().map(TaskKind::jsonName).reduce((a, b) -> a + " and " + b)
        .orElseThrow();
  }

  private static void checkEmbeddings(float[][] x) {
    for (int i = 0; i < x.length; i++) {
      if (x[i] == null) {
        throw new IllegalArgumentException("x[" + i + "] is null; every example needs an"
            + " embedding");
      }
      if (x[i].length != x[0].length) {
        throw new IllegalArgumentException("x[" + i + "] has " + x[i].length + " values but x[0]"
            + " has " + x[0].length + "; every embedding must have the same dimension");
      }
      for (int d = 0; d < x[i].length; d++) {
        if (!Float.isFinite(x[i][d])) {
          throw new IllegalArgumentException("x[" + i + "][" + d + "] is " + x[i][d]
              + "; resampling needs finite embeddings, drop or repair example " + i);
        }
      }
    }
  }

  /** Checks and counts one target: its class (or MISSING) when single-label, 0 when multi-label. */
  private static int readTarget(Target t, int i, int task, Task spec, int[] counts) {
    String where = "targets[" + i + "][" + task + "]";
    if (spec.kind() == TaskKind.SINGLE_LABEL) {
      if (!(t instanceof Target.Single s)) {
        throw new IllegalArgumentException(where + " is " + t + " but task '" + spec.name()
            + "' is single_label; use Target.Single, with Target.Single.MISSING when unlabelled");
      }
      if (s.classIndex() >= counts.length) {
        throw new IllegalArgumentException(where + " has class index " + s.classIndex()
            + " but task '" + spec.name() + "' has " + counts.length + " labels "
            + spec.vocabulary().labels() + "; use an index from 0 to " + (counts.length - 1));
      }
      if (!s.isMissing()) {
        counts[s.classIndex()]++;
      }
      return s.classIndex();
    }
    if (!(t instanceof Target.Multi m)) {
      throw new IllegalArgumentException(where + " is " + t + " but task '" + spec.name()
          + "' is multi_label; use Target.Multi");
    }
    boolean[] present = m.present();
    if (present.length != counts.length) {
      throw new IllegalArgumentException(where + " has " + present.length + " flags but task '"
          + spec.name() + "' has " + counts.length + " labels " + spec.vocabulary().labels());
    }
    for (int c = 0; c < counts.length; c++) {
      counts[c] += present[c] ? 1 : 0;
    }
    return 0;
  }

  private static void requireTwoClasses(int[] counts, Task spec, String name) {
    List<String> seen = new ArrayList<>();
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] > 0) {
        seen.add(spec.vocabulary().label(c));
      }
    }
    if (seen.size() < 2) {
      throw new IllegalArgumentException(name + " needs labelled examples of at least two classes"
          + " in task '" + spec.name() + "', got " + seen.size() + " " + seen
          + "; resample a task with two or more observed classes, or use none");
    }
  }

  private static void checkNeed(Need need, int[] counts, Targets targets, int labelled, Task spec,
      String name) {
    String p = need.parameter();
    int k = need.neighbours();
    if (need.scope() == Need.Scope.ALL_LABELLED) {
      if (labelled < k + 1) {
        throw new IllegalArgumentException(name + " needs at least " + p + " + 1 = " + (k + 1)
            + " labelled examples in task '" + spec.name() + "' (each example and its " + p
            + " = " + k + " nearest neighbours), got " + labelled + "; use " + p + " <= "
            + (labelled - 1));
      }
      return;
    }
    for (int c = 0; c < counts.length; c++) {
      if (targets.target()[c] > counts[c] && counts[c] < k + 1) {
        String label = spec.vocabulary().label(c);
        throw new IllegalArgumentException(name + " needs at least " + p + " + 1 = " + (k + 1)
            + " labelled examples of class '" + label + "' in task '" + spec.name()
            + "' (each example and its " + p + " = " + k + " nearest neighbours of the class), got "
            + counts[c] + "; " + (counts[c] >= 2 ? "use " + p + " <= " + (counts[c] - 1) + ", "
                : "add examples of '" + label + "', use random-over, ")
            + "or leave '" + label + "' out of the sampling strategy");
      }
    }
  }

  TrainingSet data() {
    return data;
  }

  int task() {
    return task;
  }

  Task spec() {
    return spec;
  }

  float[][] x() {
    return data.x();
  }

  int classes() {
    return counts.length;
  }

  /** Data rows labelled for the task, ascending (every row for a multi-label task). */
  int[] labelled() {
    return labelled;
  }

  /** The class of data row {@code row} in a single-label task, or {@link Target.Single#MISSING}. */
  int classOf(int row) {
    return classOf[row];
  }

  /** Labelled examples of class {@code c} (positives for a multi-label task). */
  int count(int c) {
    return counts[c];
  }

  /** Wanted count of class {@code c} after resampling (strategy-driven resamplers only). */
  int target(int c) {
    return targets.target()[c];
  }

  /** Whether the sampling strategy selects class {@code c} (strategy-driven resamplers only). */
  boolean selected(int c) {
    return targets.selected()[c];
  }

  /** Data rows of class {@code c}, ascending; for a multi-label task, rows where it is present. */
  int[] members(int c) {
    int[] out = new int[counts[c]];
    int j = 0;
    boolean multi = spec.kind() == TaskKind.MULTI_LABEL;
    for (int row : labelled) {
      if (multi ? ((Target.Multi) data.targets()[row][task]).present()[c] : classOf[row] == c) {
        out[j++] = row;
      }
    }
    return out;
  }
}
