package dev.ballast.evaluation;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Threshold-free scores of one binary ranking: {@code scores[example]} (higher means more likely
 * positive) against {@code positive[example]}. Both need at least one positive and, for ROC-AUC,
 * one negative; callers check and warn before calling.
 */
final class BinaryRanking {
  private BinaryRanking() {}

  /**
   * ROC-AUC as the Mann-Whitney statistic: the fraction of (positive, negative) pairs the scores
   * order correctly, a tied pair counting 1/2. Computed from mid-ranks, so ties cost nothing extra.
   */
  static double rocAuc(double[] scores, boolean[] positive) {
    Integer[] order = ascending(scores);
    double positiveRankSum = 0;
    long positives = 0;
    int start = 0;
    while (start < order.length) {
      int end = endOfTies(order, scores, start);
      double midRank = (start + 1 + end) / 2.0; // ranks start..end-1 are 1-based start+1..end
      for (int j = start; j < end; j++) {
        if (positive[order[j]]) {
          positiveRankSum += midRank;
          positives++;
        }
      }
      start = end;
    }
    long negatives = scores.length - positives;
    return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /**
   * Average precision, {@code sum_n (R_n - R_{n-1}) P_n} over thresholds at each distinct score
   * from the highest down (scikit-learn's {@code average_precision_score}); tied scores are one
   * threshold.
   */
  static double averagePrecision(double[] scores, boolean[] positive) {
    Integer[] order = ascending(scores);
    long allPositives = 0;
    for (boolean p : positive) {
      allPositives += p ? 1 : 0;
    }
    long tp = 0;
    long fp = 0;
    double previousRecall = 0;
    double sum = 0;
    int end = order.length;
    while (end > 0) {
      int start = startOfTies(order, scores, end);
      for (int j = start; j < end; j++) {
        if (positive[order[j]]) {
          tp++;
        } else {
          fp++;
        }
      }
      double recall = (double) tp / allPositives;
      sum += (recall - previousRecall) * tp / (tp + fp);
      previousRecall = recall;
      end = start;
    }
    return sum;
  }

  private static Integer[] ascending(double[] scores) {
    Integer[] order = new Integer[scores.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    return order;
  }

  private static int endOfTies(Integer[] order, double[] scores, int start) {
    int end = start + 1;
    while (end < order.length && scores[order[end]] == scores[order[start]]) {
      end++;
    }
    return end;
  }

  private static int startOfTies(Integer[] order, double[] scores, int end) {
    int start = end - 1;
    while (start > 0 && scores[order[start - 1]] == scores[order[end - 1]]) {
      start--;
    }
    return start;
  }
}
