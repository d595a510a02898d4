package dev.ballast.training.resampling;

import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Task;
import java.util.Map;

/**
 * A sampling strategy resolved against the labelled counts of one task.
 *
 * @param target wanted count per class; equal to the current count for untouched classes
 * @param selected whether each class is touched (for cleaning: whether it is cleaned)
 */
record Targets(int[] target, boolean[] selected) {

  static Targets resolve(SamplingStrategy strategy, Goal goal, int[] counts, Task task,
      String resampler) {
    int max = 0;
    int min = Integer.MAX_VALUE;
    for (int n : counts) {
      if (n > 0) {
        max = Math.max(max, n);
        min = Math.min(min, n);
      }
    }
    int[] target = counts.clone();
    boolean[] selected = new boolean[counts.length];
    if (strategy instanceof SamplingStrategy.Classes classes) {
      checkDirection(classes, goal, resampler);
      for (int c = 0; c < counts.length; c++) {
        selected[c] = counts[c] > 0 && switch (classes) {
          case MINORITY -> counts[c] == min;
          case MAJORITY -> counts[c] == max;
          case NOT_MINORITY -> counts[c] != min;
          case NOT_MAJORITY -> counts[c] != max;
          case ALL -> true;
        };
        if (selected[c] && goal != Goal.CLEAN) {
          target[c] = goal == Goal.OVER ? max : min;
        }
      }
      return new Targets(target, selected);
    }
    // Cleaning methods take a Classes selection only, so counts always mean OVER or UNDER.
    SamplingStrategy.Counts wanted = (SamplingStrategy.Counts) strategy;
    LabelVocabulary vocabulary = task.vocabulary();
    for (Map.Entry<String, Integer> e : wanted.perClass().entrySet()) {
      int c = vocabulary.indexOf(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
          "sampling strategy names label '" + e.getKey() + "', which task '" + task.name()
              + "' does not have; its labels are " + vocabulary.labels()));
      int want = e.getValue();
      String name = "class '" + e.getKey() + "' of task '" + task.name() + "'";
      if (goal == Goal.OVER && counts[c] == 0 && want > 0) {
        throw new IllegalArgumentException(resampler + " cannot grow " + name
            + " to " + want + " examples: it has no labelled example to start from;"
            + " label some examples of it or ask for 0");
      }
      if (goal == Goal.OVER && want < counts[c]) {
        throw new IllegalArgumentException(resampler + " only adds examples and cannot shrink "
            + name + " from " + counts[c] + " to " + want + "; ask for at least " + counts[c]
            + " or use an under-sampler");
      }
      if (goal == Goal.UNDER && want > counts[c]) {
        throw new IllegalArgumentException(resampler + " only removes examples and cannot grow "
            + name + " from " + counts[c] + " to " + want + "; ask for at most " + counts[c]
            + " or use an over-sampler");
      }
      target[c] = want;
      selected[c] = want != counts[c];
    }
    return new Targets(target, selected);
  }

  private static void checkDirection(SamplingStrategy.Classes classes, Goal goal,
      String resampler) {
    if (goal == Goal.OVER && classes == SamplingStrategy.Classes.MAJORITY) {
      throw new IllegalArgumentException(resampler + " cannot use sampling strategy MAJORITY:"
          + " over-sampling grows classes to the majority count, which the majority already has;"
          + " use MINORITY, NOT_MINORITY, NOT_MAJORITY or ALL");
    }
    if (goal == Goal.UNDER && classes == SamplingStrategy.Classes.MINORITY) {
      throw new IllegalArgumentException(resampler + " cannot use sampling strategy MINORITY:"
          + " under-sampling shrinks classes to the minority count, which the minority already"
          + " has; use MAJORITY, NOT_MINORITY, NOT_MAJORITY or ALL");
    }
  }
}
