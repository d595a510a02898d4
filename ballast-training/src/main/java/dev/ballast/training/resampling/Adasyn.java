package dev.ballast.training.resampling;

import java.util.List;
import java.util.SplittableRandom;

/**
 * ADASYN (He et al. 2008): SMOTE whose number of new examples per starting example is
 * proportional to the share of other classes among its {@code k} nearest labelled neighbours, so
 * examples surrounded by other classes seed more. The per-example counts are rounded by largest
 * remainder, so each class reaches its target count exactly.
 */
public final class Adasyn extends Resampler {
  public static final String NAME = "adasyn";
  public static final int DEFAULT_K = 5;
  private final int k;
  private final SamplingStrategy strategy;

  /** k = 5, every class but the majority grown to the majority count. */
  public Adasyn() {
    this(DEFAULT_K, SamplingStrategy.NOT_MAJORITY);
  }

  /** @param k neighbours for both the density weights and the interpolation */
  public Adasyn(int k, SamplingStrategy strategy) {
    this.k = requirePositive(NAME, "k", k, "the number of nearest neighbours used for the"
        + " density weights and for interpolation (default " + DEFAULT_K + ")");
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
    return List.of(Need.allLabelled("k", k), Need.sameClass("k", k));
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
      int[] perExample = apportion(hardness(p, members, c), wanted);
      int[][] nn = Neighbours.nearest(p.x(), members, members, k);
      for (int i = 0; i < members.length; i++) {
        for (int s = 0; s < perExample[i]; s++) {
          out.interpolate(members[i], nn[i][random.nextInt(k)], random.nextDouble(), c);
        }
      }
    }
    return out.build();
  }

  /** Number of other-class rows among each member's k nearest labelled neighbours. */
  private int[] hardness(Problem p, int[] members, int c) {
    int[][] wide = Neighbours.nearest(p.x(), members, p.labelled(), k);
    int[] others = new int[members.length];
    long total = 0;
    for (int i = 0; i < members.length; i++) {
      for (int row : wide[i]) {
        others[i] += p.classOf(row) != c ? 1 : 0;
      }
      total += others[i];
    }
    if (total == 0) {
      String label = p.spec().vocabulary().label(c);
      throw new IllegalArgumentException(NAME + " found no other-class example among the k = " + k
          + " nearest neighbours of any '" + label + "' example of task '" + p.spec().name()
          + "', so its density weights are all zero; use smote for classes this well separated");
    }
    return others;
  }

  /** Splits {@code total} in proportion to {@code weights}, largest remainders first. */
  static int[] apportion(int[] weights, int total) {
    long sum = 0;
    for (int w : weights) {
      sum += w;
    }
    int[] out = new int[weights.length];
    long[] remainder = new long[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      long share = (long) weights[i] * total;
      out[i] = (int) (share / sum);
      remainder[i] = share % sum;
      given += out[i];
    }
    for (; given < total; given++) {
      int best = 0;
      for (int i = 1; i < weights.length; i++) {
        if (remainder[i] > remainder[best]) {
          best = i;
        }
      }
      out[best]++;
      remainder[best] = -1;
    }
    return out;
  }

  @Override
  public String toString() {
    return NAME + "(k=" + k + ", strategy=" + strategy + ")";
  }
}
