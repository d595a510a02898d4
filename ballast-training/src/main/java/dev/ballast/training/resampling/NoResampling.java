package dev.ballast.training.resampling;

import dev.ballast.data.TaskKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Returns every row unchanged: the "no resampling" baseline, for any task kind. */
public final class NoResampling extends Resampler {
  public static final String NAME = "none";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  Set<TaskKind> kinds() {
    return EnumSet.allOf(TaskKind.class);
  }

  @Override
  protected Resampled resample(Problem problem, SplittableRandom random) {
    return Rows.all(problem).build();
  }

  @Override
  public String toString() {
    return NAME;
  }
}
