package dev.ballast.training.resampling;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Edited nearest neighbours (Wilson 1972): removes examples of the selected classes that their
 * {@code k} nearest labelled neighbours disagree with, by {@link Rule}. Deterministic: the seed
 * is not used.
 */
public final class EditedNearestNeighbours extends Resampler {
  public static final String NAME = "enn";
  public static final int DEFAULT_K = 3;

  /** When the neighbours disagree with an example. */
  public enum Rule {
    /** Another class is strictly more frequent among the neighbours than the example's own. */
    MODE,
    /** Any neighbour has another class (stricter, removes more). */
    ALL
  }

  private final int k;
  private final Rule rule;
  private final SamplingStrategy.Classes strategy;

  /** k = 3, majority vote, every class but the minority cleaned. */
  public EditedNearestNeighbours() {
    this(DEFAULT_K, Rule.MODE, SamplingStrategy.NOT_MINORITY);
  }

  /**
   * @param k labelled neighbours that vote
   * @param strategy the classes whose examples may be removed
   */
  public EditedNearestNeighbours(int k, Rule rule, SamplingStrategy.Classes strategy) {
    this.k = requirePositive(NAME, "k", k, "the number of nearest labelled neighbours that vote"
        + " (default " + DEFAULT_K + ")");
    this.rule = java.util.Objects.requireNonNull(rule, "rule");
    this.strategy = java.util.Objects.requireNonNull(strategy, "strategy");
  }

  @Override
  public String name() {
    return NAME;
  }

  public int k() {
    return k;
  }

  public Rule rule() {
    return rule;
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
  List<Need> needs() {
    return List.of(Need.allLabelled("k", k));
  }

  @Override
  protected Resampled resample(Problem p, SplittableRandom random) {
    int[] rows = p.labelled();
    int[][] nn = Neighbours.nearest(p.x(), rows, rows, k);
    boolean[] drop = new boolean[p.data().size()];
    int[] votes = new int[p.classes()];
    for (int i = 0; i < rows.length; i++) {
      int own = p.classOf(rows[i]);
      if (!p.selected(own)) {
        continue;
      }
      java.util.Arrays.fill(votes, 0);
      for (int row : nn[i]) {
        votes[p.classOf(row)]++;
      }
      drop[rows[i]] = disagree(votes, own);
    }
    return Rows.except(p, drop).build();
  }

  private boolean disagree(int[] votes, int own) {
    for (int c = 0; c < votes.length; c++) {
      if (c != own && (rule == Rule.ALL ? votes[c] > 0 : votes[c] > votes[own])) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return NAME + "(k=" + k + ", rule=" + rule + ", strategy=" + strategy + ")";
  }
}
