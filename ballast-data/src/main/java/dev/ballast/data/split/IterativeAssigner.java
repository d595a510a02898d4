package dev.ballast.data.split;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Iterative stratification for a multi-label task (Sechidis, Tsoumakas and Vlahavas, 2011),
 * assigning groups instead of rows: repeatedly take the label with the fewest rows among the
 * groups not yet assigned, and give each of those groups carrying it (most rows of it first) to
 * the part whose label targets it helps most. A group carries several labels, so the choice
 * weighs all of them ({@link Fill#groupDemand}, each by the fraction of its rows the group holds)
 * rather than the one being processed only, which measured closer to the whole's label shares.
 * Groups without labels go last, where rows are most wanted.
 */
final class IterativeAssigner implements GroupAssigner {

  @Override
  public int[] assign(Groups groups, double[] shares, Random random) {
    int labels = groups.labels().size();
    int[] remaining = new int[labels];
    for (int l = 0; l < labels; l++) {
      remaining[l] = groups.labelTotal(l);
    }
    List<Integer> order = GroupAssigner.shuffledGroups(groups, random);
    Fill fill = new Fill(groups, shares);
    for (int label = rarestRemaining(remaining, random); label >= 0;
        label = rarestRemaining(remaining, random)) {
      int l = label;
      List<Integer> carriers = new ArrayList<>();
      for (int g : order) {
        if (!fill.isAssigned(g) && groups.labelCount(g, l) > 0) {
          carriers.add(g);
        }
      }
      carriers.sort(Comparator.<Integer>comparingInt(g -> -groups.labelCount(g, l))
          .thenComparingInt(g -> -groups.size(g)));
      for (int g : carriers) {
        fill.assign(g, fill.choose(g, p -> fill.groupDemand(g, p), random));
        for (int k = 0; k < labels; k++) {
          remaining[k] -= groups.labelCount(g, k);
        }
      }
    }
    List<Integer> unlabelled = new ArrayList<>();
    for (int g : order) {
      if (!fill.isAssigned(g)) {
        unlabelled.add(g);
      }
    }
    unlabelled.sort(Comparator.comparingInt(g -> -groups.size(g)));
    for (int g : unlabelled) {
      fill.assign(g, fill.choose(g, fill::rowDemand, random));
    }
    return fill.partOf();
  }

  /** The label with the fewest unassigned rows, ties to a seeded coin; -1 when none is left. */
  private static int rarestRemaining(int[] remaining, Random random) {
    List<Integer> ties = new ArrayList<>();
    for (int l = 0; l < remaining.length; l++) {
      if (remaining[l] <= 0) {
        continue;
      }
      if (ties.isEmpty() || remaining[l] < remaining[ties.get(0)]) {
        ties.clear();
        ties.add(l);
      } else if (remaining[l] == remaining[ties.get(0)]) {
        ties.add(l);
      }
    }
    if (ties.isEmpty()) {
      return -1;
    }
    return ties.size() == 1 ? ties.get(0) : ties.get(random.nextInt(ties.size()));
  }
}
