package dev.ballast.data.split;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** One way of assigning whole groups to parts; {@link GroupSplitter} validates before the call. */
interface GroupAssigner {

  /**
   * The part of each group, {@code int[group]} with values in {@code [0, shares.length)}.
   *
   * @param shares each part's share of the rows, summing to 1
   * @param random the only source of randomness, seeded by the caller
   */
  int[] assign(Groups groups, double[] shares, Random random);

  /** Group indices in a seeded random order, so that later stable sorts break ties by chance. */
  static List<Integer> shuffledGroups(Groups groups, Random random) {
    List<Integer> order = new ArrayList<>();
    for (int g = 0; g < groups.count(); g++) {
      order.add(g);
    }
    Collections.shuffle(order, random);
    return order;
  }
}
