package dev.ballast.training.resampling;

import java.util.SplittableRandom;

/**
 * Removes Tomek links (Tomek 1976): two labelled examples of different classes that are each
 * other's nearest labelled neighbour. The member whose class the strategy selects is removed;
 * with the default (every class but the minority) on two classes, that is the majority member.
 * Deterministic: the seed is not used.
 */
public final class TomekLinks extends Resampler {
  public static final String NAME = "tomek";
  private final SamplingStrategy.Classes strategy;

  /** Cleans every class but the minority. */
  public TomekLinks() {
    this(SamplingStrategy.NOT_MINORITY);
  }

  /** @param strategy the classes whose link members are removed */
  public TomekLinks(SamplingStrategy.Classes strategy) {
    this.strategy = java.util.Objects.requireNonNull(strategy, "strategy");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SamplingStrategy.Classes strategy() {
    return strategy;
  }

  @Override
  Goal goal() {
    return Goal.CLEAN;
  }

  @Override
  protected Resampled resample(Problem p, SplittableRandom random) {
    int[] rows = p.labelled();
    int[][] nn = Neighbours.nearest(p.x(), rows, rows, 1);
    int[] nearest = new int[p.data().size()];
    for (int i = 0; i < rows.length; i++) {
      nearest[rows[i]] = nn[i][0];
    }
    boolean[] drop = new boolean[p.data().size()];
    for (int a : rows) {
      int b = nearest[a];
      int c = p.classOf(a);
      drop[a] = c != p.classOf(b) && nearest[b] == a && p.selected(c);
    }
    return Rows.except(p, drop).build();
  }

  @Override
  public String toString() {
    return NAME + "(strategy=" + strategy + ")";
  }
}
