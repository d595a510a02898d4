package dev.ballast.training.resampling;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Borderline-SMOTE-1 (Han et al. 2005): SMOTE that interpolates only from "danger" examples, those
 * whose {@code m} nearest labelled neighbours are at least half, but not all, of other classes.
 * Safe examples (fewer than half) and noise (all) are never a starting point, though they may be
 * the neighbour interpolated towards. A class with no danger example is left as it is, so the
 * output may stay below the target count.
 */
public final class BorderlineSmote extends Resampler {
  public static final String NAME = "borderline-smote";
  public static final int DEFAULT_K = 5;
  public static final int DEFAULT_M = 10;
  private final int k;
  private final int m;
  private final SamplingStrategy strategy;

  /** k = 5, m = 10, every class but the majority grown to the majority count. */
  public BorderlineSmote() {
    this(DEFAULT_K, DEFAULT_M, SamplingStrategy.NOT_MAJORITY);
  }

  /**
   * @param k same-class neighbours to interpolate towards
   * @param m neighbours of any class that decide whether an example is in danger
   */
  public BorderlineSmote(int k, int m, SamplingStrategy strategy) {
    this.k = requirePositive(NAME, "k", k, "the number of nearest same-class neighbours to"
        + " interpolate towards (default " + DEFAULT_K + ")");
    this.m = requirePositive(NAME, "m", m, "the number of nearest neighbours of any class that"
        + " decide whether an example is in danger (default " + DEFAULT_M + ")");
    this.strategy = requireStrategy(strategy);
  }

  @Override
  public String name() {
    return NAME;
  }

  public int k() {
    return k;
  }

  public int m() {
    return m;
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
    return List.of(Need.allLabelled("m", m), Need.sameClass("k", k));
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
      int[] danger = danger(p, members, c);
      if (danger.length == 0) {
        continue;
      }
      int[][] nn = Neighbours.nearest(p.x(), danger, members, k);
      for (int s = 0; s < wanted; s++) {
        int i = random.nextInt(danger.length);
        out.interpolate(danger[i], nn[i][random.nextInt(k)], random.nextDouble(), c);
      }
    }
    return out.build();
  }

  /** Members of class {@code c} with {@code m/2 <= (other-class among m-NN) < m}. */
  private int[] danger(Problem p, int[] members, int c) {
    int[][] wide = Neighbours.nearest(p.x(), members, p.labelled(), m);
    int[] out = new int[members.length];
    int n = 0;
    for (int i = 0; i < members.length; i++) {
      int others = 0;
      for (int row : wide[i]) {
        others += p.classOf(row) != c ? 1 : 0;
      }
      if (2 * others >= m && others < m) {
        out[n++] = members[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  @Override
  public String toString() {
    return NAME + "(k=" + k + ", m=" + m + ", strategy=" + strategy + ")";
  }
}
