package dev.ballast.training.resampling;

import java.util.SplittableRandom;

/**
 * Duplicates randomly chosen examples (with replacement) of each selected class until it reaches
 * its target count: the majority count by default. Duplicates follow the input rows.
 */
public final class RandomOverSampler extends Resampler {
  public static final String NAME = "random-over";
  private final SamplingStrategy strategy;

  /** Every class but the majority grown to the majority count. */
  public RandomOverSampler() {
    this(SamplingStrategy.NOT_MAJORITY);
  }

  public RandomOverSampler(SamplingStrategy strategy) {
    this.strategy = requireStrategy(strategy);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SamplingStrategy strategy() {
    return strategy;
  }

  @Override
  Goal goal() {
    return Goal.OVER;
  }

  @Override
  protected Resampled resample(Problem p, SplittableRandom random) {
    Rows out = Rows.all(p);
    for (int c = 0; c < p.classes(); c++) {
      int[] members = p.members(c);
      for (int n = p.target(c) - p.count(c); n > 0; n--) {
        out.copy(members[random.nextInt(members.length)]);
      }
    }
    return out.build();
  }

  @Override
  public String toString() {
    return NAME + "(strategy=" + strategy + ")";
  }
}
