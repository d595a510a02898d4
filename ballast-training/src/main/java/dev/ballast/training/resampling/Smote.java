package dev.ballast.training.resampling;

import java.util.List;
import java.util.SplittableRandom;

/**
 * SMOTE (Chawla et al. 2002): each new example of a class lies on the segment from a random
 * example of the class to one of its {@code k} nearest same-class neighbours,
 * {@code x_i + u * (x_nn - x_i)} with {@code u ~ U[0, 1)}. Classes grow to their target count (the
 * majority count by default); new rows follow the input rows.
 */
public final class Smote extends Resampler {
  public static final String NAME = "smote";
  public static final int DEFAULT_K = 5;
  private final int k;
  private final SamplingStrategy strategy;

  /** k = 5, every class but the majority grown to the majority count. */
  public Smote() {
    this(DEFAULT_K, SamplingStrategy.NOT_MAJORITY);
  }

  /** @param k same-class neighbours to interpolate towards */
  public Smote(int k, SamplingStrategy strategy) {
    this.k = requirePositive(NAME, "k", k, "the number of nearest same-class neighbours to"
        + " interpolate towards (default " + DEFAULT_K + ")");
    this.strategy = requireStrategy(strategy);
  }

  @Override
  public String name() {
    return NAME;
  }

  public int k() {
    return k;
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
  List<Need> needs() {
    return List.of(Need.sameClass("k", k));
  }

  @Override
  protected Resampled resample(Problem p, SplittableRandom random) {
    Rows out = Rows.all(p);
    for (int c = 0; c < p.classes(); c++) {
      int wanted = p.target(c) - p.count(c);
      if (wanted <= 0) {
        continue;
      }
      int[] members = p.members(c);
      int[][] nn = Neighbours.nearest(p.x(), members, members, k);
      for (int s = 0; s < wanted; s++) {
        int i = random.nextInt(members.length);
        out.interpolate(members[i], nn[i][random.nextInt(k)], random.nextDouble(), c);
      }
    }
    return out.build();
  }

  @Override
  public String toString() {
    return NAME + "(k=" + k + ", strategy=" + strategy + ")";
  }
}
