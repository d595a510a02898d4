package dev.ballast.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reliability-diagram bins of (confidence, outcome) pairs, outcome 1 for a hit and 0 for a miss,
 * and the calibration errors read off them. Only non-empty bins are kept.
 */
final class CalibrationBins {
  private CalibrationBins() {}

  /** One bin: how many pairs, their mean confidence and their mean outcome (accuracy). */
  record Bin(int count, double meanConfidence, double meanOutcome) {
    double gap() {
      return Math.abs(meanOutcome - meanConfidence);
    }
  }

  /**
   * {@code bins} equal-width bins over [0, 1], bin b holding {@code b/B < confidence <= (b+1)/B}
   * (Guo et al. 2017) and bin 0 also confidence 0.
   */
  static List<Bin> equalWidth(double[] confidence, double[] outcome, int bins) {
    double[] confSum = new double[bins];
    double[] outSum = new double[bins];
    int[] count = new int[bins];
    for (int i = 0; i < confidence.length; i++) {
      int b = Math.min(bins - 1, Math.max(0, (int) Math.ceil(confidence[i] * bins) - 1));
      confSum[b] += confidence[i];
      outSum[b] += outcome[i];
      count[b]++;
    }
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      if (count[b] > 0) {
        out.add(new Bin(count[b], confSum[b] / count[b], outSum[b] / count[b]));
      }
    }
    return out;
  }

  /**
   * {@code bins} equal-mass bins: pairs sorted by confidence, bin b ending at sorted position
   * {@code floor((b+1) n / B)} (exclusive). A run of equal confidences is never split, since that
   * would invent a gap between identical predictions: a bin ending inside a run takes all of it,
   * leaving the next bins smaller or empty.
   */
  static List<Bin> equalMass(double[] confidence, double[] outcome, int bins) {
    int n = confidence.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> confidence[i]));
    List<Bin> out = new ArrayList<>();
    int from = 0;
    for (int b = 0; b < bins; b++) {
      int to = Math.max(from, (int) ((long) (b + 1) * n / bins));
      while (to > 0 && to < n && confidence[order[to]] == confidence[order[to - 1]]) {
        to++;
      }
      double confSum = 0;
      double outSum = 0;
      for (int j = from; j < to; j++) {
        confSum += confidence[order[j]];
        outSum += outcome[order[j]];
      }
      if (to > from) {
        out.add(new Bin(to - from, confSum / (to - from), outSum / (to - from)));
      }
      from = to;
    }
    return out;
  }

  /** Expected calibration error: bin gaps weighted by the bin's share of the n pairs. */
  static double expectedError(List<Bin> bins, int n) {
    double sum = 0;
    for (Bin b : bins) {
      sum += b.count() * b.gap();
    }
    return sum / n;
  }

  /** Maximum calibration error: the largest gap of any non-empty bin. */
  static double maximumError(List<Bin> bins) {
    return bins.stream().mapToDouble(Bin::gap).max().orElse(0);
  }
}
