package dev.ballast.training.resampling;

import dev.ballast.data.Target;
import dev.ballast.data.TaskKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * ML-ROS (Charte et al. 2015), random over-sampling for a multi-label task. A label's imbalance
 * ratio is {@code IRLbl = (positives of the most frequent label) / (its positives)}; labels with
 * IRLbl above the mean over labels with positives (MeanIR, computed once) are minority labels.
 * Clones of random positives of each minority label are added in turn, a label dropping out once
 * its IRLbl (recomputed as clones arrive) falls to MeanIR, until {@code round(cloneFraction * n)}
 * clones exist or no minority label remains. Clones follow the input rows.
 */
public final class MlRos extends Resampler {
  public static final String NAME = "ml-ros";
  public static final double DEFAULT_CLONE_FRACTION = 0.25;
  private final double cloneFraction;

  /** Clones up to a quarter of the training set size. */
  public MlRos() {
    this(DEFAULT_CLONE_FRACTION);
  }

  /** @param cloneFraction most clones to add, as a fraction of the input size (Charte: 0.1-0.4) */
  public MlRos(double cloneFraction) {
    if (!(cloneFraction > 0) || Double.isInfinite(cloneFraction)) {
      throw new IllegalArgumentException(NAME + ": cloneFraction must be > 0 and finite, got "
          + cloneFraction + "; it is the most clones to add as a fraction of the training set"
          + " size (default " + DEFAULT_CLONE_FRACTION + ")");
    }
    this.cloneFraction = cloneFraction;
  }

  @Override
  public String name() {
    return NAME;
  }

  public double cloneFraction() {
    return cloneFraction;
  }

  @Override
  Set<TaskKind> kinds() {
    return EnumSet.of(TaskKind.MULTI_LABEL);
  }

  @Override
  protected Resampled resample(Problem p, SplittableRandom random) {
    int labels = p.classes();
    long[] positives = new long[labels];
    int[][] bags = new int[labels][];
    double meanIr = 0;
    int seen = 0;
    for (int l = 0; l < labels; l++) {
      positives[l] = p.count(l);
      bags[l] = p.members(l);
      if (positives[l] > 0) {
        meanIr += ratio(positives, l);
        seen++;
      }
    }
    meanIr /= Math.max(seen, 1);
    boolean[] active = new boolean[labels];
    for (int l = 0; l < labels; l++) {
      active[l] = positives[l] > 0 && ratio(positives, l) > meanIr;
    }
    Rows out = Rows.all(p);
    long budget = Math.round(cloneFraction * p.data().size());
    boolean any = true;
    while (budget > 0 && any) {
      any = false;
      for (int l = 0; l < labels && budget > 0; l++) {
        if (!active[l]) {
          continue;
        }
        int row = bags[l][random.nextInt(bags[l].length)];
        out.copy(row);
        budget--;
        boolean[] present = ((Target.Multi) p.data().targets()[row][p.task()]).present();
        for (int j = 0; j < labels; j++) {
          positives[j] += present[j] ? 1 : 0;
        }
        active[l] = ratio(positives, l) > meanIr;
        any |= active[l];
      }
    }
    return out.build();
  }

  /** Positives of the most frequent label over positives of label {@code l}. */
  private static double ratio(long[] positives, int l) {
    long max = 0;
    for (long n : positives) {
      max = Math.max(max, n);
    }
    return (double) max / positives[l];
  }

  @Override
  public String toString() {
    return NAME + "(cloneFraction=" + cloneFraction + ")";
  }
}
