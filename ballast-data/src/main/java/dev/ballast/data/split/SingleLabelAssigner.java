package dev.ballast.data.split;

import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Greedy stratification for a single-label task. Each group is keyed by its rarest class (the
 * class present in it with the fewest rows in the whole); groups are visited rarest class first,
 * then by how many rows of that class they hold, most first, and each goes to the part whose
 * class targets it helps most ({@link Fill#groupDemand}: every class of the group counts, the
 * rarest most). Groups without labelled rows go last, where rows are most wanted.
 */
final class SingleLabelAssigner implements GroupAssigner {

  @Override
  public int[] assign(Groups groups, double[] shares, Random random) {
    int[] rarest = new int[groups.count()];
    for (int g = 0; g < groups.count(); g++) {
      rarest[g] = rarestLabel(groups, g);
    }
    List<Integer> order = GroupAssigner.shuffledGroups(groups, random);
    order.sort(Comparator.<Integer>comparingInt(g -> rarest[g] < 0 ? 1 : 0)
        .thenComparingInt(g -> rarest[g] < 0 ? 0 : groups.labelTotal(rarest[g]))
        .thenComparingInt(g -> rarest[g])
        .thenComparingInt(g -> rarest[g] < 0 ? 0 : -groups.labelCount(g, rarest[g]))
        .thenComparingInt(g -> -groups.size(g)));
    Fill fill = new Fill(groups, shares);
    for (int g : order) {
      int part = rarest[g] < 0 ? fill.choose(g, fill::rowDemand, random)
          : fill.choose(g, p -> fill.groupDemand(g, p), random);
      fill.assign(g, part);
    }
    return fill.partOf();
  }

  /** The label of {@code group} with the fewest rows overall, ties to the first; -1 if none. */
  private static int rarestLabel(Groups groups, int group) {
    int best = -1;
    for (int l = 0; l < groups.labels().size(); l++) {
      if (groups.labelCount(group, l) > 0
          && (best < 0 || groups.labelTotal(l) < groups.labelTotal(best))) {
        best = l;
      }
    }
    return best;
  }
}
