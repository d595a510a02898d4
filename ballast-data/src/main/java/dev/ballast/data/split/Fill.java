package dev.ballast.data.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

/**
 * What each part still wants while groups are being assigned: rows and, per label, rows carrying
 * it. A part's target for a label is its share of the label's rows in the whole.
 */
final class Fill {
  private static final double TIE = 1e-9;

  private final Groups groups;
  private final double[] shares;
  private final double[][] labelsHeld; // [part][label]
  private final double[] rowsHeld;
  private final int[] partOf;

  Fill(Groups groups, double[] shares) {
    this.groups = groups;
    this.shares = shares.clone();
    this.labelsHeld = new double[shares.length][groups.labels().size()];
    this.rowsHeld = new double[shares.length];
    this.partOf = new int[groups.count()];
    Arrays.fill(partOf, -1);
  }

  int parts() {
    return shares.length;
  }

  boolean isAssigned(int group) {
    return partOf[group] >= 0;
  }

  /**
   * The fraction of the part's target for {@code label} still missing (1 when it has none, below
   * 0 when over target). Relative rather than absolute, so a small part receives its first example
   * of a rare label before a large part receives its second.
   */
  double labelDemand(int part, int label) {
    double target = shares[part] * groups.labelTotal(label);
    return target > 0 ? (target - labelsHeld[part][label]) / target : 0;
  }

  /**
   * The part's {@linkplain #labelDemand label demands} over the labels of {@code group}, each
   * weighted by the fraction of that label's rows the group holds, so that the group's rarest
   * labels usually weigh most.
   */
  double groupDemand(int group, int part) {
    double sum = 0;
    for (int l = 0; l < groups.labels().size(); l++) {
      int c = groups.labelCount(group, l);
      if (c > 0) {
        sum += c / (double) groups.labelTotal(l) * labelDemand(part, l);
      }
    }
    return sum;
  }

  /** Rows the part still wants; negative when over its target. */
  double rowDemand(int part) {
    return shares[part] * groups.rowCount() - rowsHeld[part];
  }

  void assign(int group, int part) {
    if (partOf[group] >= 0) {
      throw new IllegalStateException("group " + groups.id(group) + " is already assigned");
    }
    partOf[group] = part;
    rowsHeld[part] += groups.size(group);
    for (int l = 0; l < groups.labels().size(); l++) {
      labelsHeld[part][l] += groups.labelCount(group, l);
    }
  }

  /**
   * The part to receive {@code group}: among the parts with room for it (adding it overshoots the
   * part's row target by less than half the group; all parts if none has room), the one with the
   * highest {@code score}; ties go to the part wanting the most rows, then to a seeded coin.
   */
  int choose(int group, IntToDoubleFunction score, Random random) {
    List<Integer> candidates = new ArrayList<>();
    for (int p = 0; p < parts(); p++) {
      if (rowDemand(p) >= groups.size(group) / 2.0) {
        candidates.add(p);
      }
    }
    if (candidates.isEmpty()) {
      for (int p = 0; p < parts(); p++) {
        candidates.add(p);
      }
    }
    candidates = best(candidates, score);
    candidates = best(candidates, this::rowDemand);
    return candidates.size() == 1 ? candidates.get(0)
        : candidates.get(random.nextInt(candidates.size()));
  }

  private static List<Integer> best(List<Integer> parts, IntToDoubleFunction score) {
    double max = Double.NEGATIVE_INFINITY;
    for (int p : parts) {
      max = Math.max(max, score.applyAsDouble(p));
    }
    List<Integer> out = new ArrayList<>();
    for (int p : parts) {
      if (score.applyAsDouble(p) >= max - TIE) {
        out.add(p);
      }
    }
    return out;
  }

  /** The part of each group. */
  int[] partOf() {
    return partOf.clone();
  }
}
