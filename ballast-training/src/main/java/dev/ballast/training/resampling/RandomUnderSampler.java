package dev.ballast.training.resampling;

import java.util.SplittableRandom;

/**
 * Keeps a random subset (without replacement) of each selected class, of its target count: the
 * minority count by default. Survivors keep their input order.
 */
public final class RandomUnderSampler extends Resampler {
  public static final String NAME = "random-under";
  private final SamplingStrategy strategy;

  /** Every class but the minority shrunk to the minority count. */
  public RandomUnderSampler() {
    this(SamplingStrategy.NOT_MINORITY);
  }

  public RandomUnderSampler(SamplingStrategy strategy) {
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
    return Goal.UNDER;
  }

  @Override
  protected Resampled resample(Problem p, SplittableRandom random) {
    boolean[] drop = new boolean[p.data().size()];
    for (int c = 0; c < p.classes(); c++) {
      int[] members = p.members(c);
      int removals = members.length - p.target(c);
      // Partial Fisher-Yates: the first `removals` slots end up a uniform random subset.
      for (int i = 0; i < removals; i++) {
        int j = i + random.nextInt(members.length - i);
        int t = members[i];
        members[i] = members[j];
        members[j] = t;
        drop[members[i]] = true;
      }
    }
    return Rows.except(p, drop).build();
  }

  @Override
  public String toString() {
    return NAME + "(strategy=" + strategy + ")";
  }
}
