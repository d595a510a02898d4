package dev.ballast.reports;

import dev.ballast.evaluation.CalibrationScores;

/**
 * Equal-width reliability bins over [0, 1], as the evaluation module's ECE bins them
 * ({@link CalibrationScores#BINS} bins, bin b holding {@code b/B < confidence <= (b+1)/B}, bin 0
 * also confidence 0). Arrays are indexed by bin; an empty bin has count 0 and NaN means.
 */
record ReliabilityBins(int[] count, double[] meanConfidence, double[] accuracy,
    double expectedCalibrationError) {
  static final int BINS = CalibrationScores.BINS;

  static ReliabilityBins of(Outcomes.Binary pairs) {
    double[] confidence = pairs.scores();
    int[] count = new int[BINS];
    double[] confSum = new double[BINS];
    double[] hitSum = new double[BINS];
    for (int i = 0; i < confidence.length; i++) {
      int b = Math.min(BINS - 1, Math.max(0, (int) Math.ceil(confidence[i] * BINS) - 1));
      count[b]++;
      confSum[b] += confidence[i];
      hitSum[b] += pairs.positive()[i] ? 1 : 0;
    }
    double[] meanConfidence = new double[BINS];
    double[] accuracy = new double[BINS];
    double gapSum = 0;
    for (int b = 0; b < BINS; b++) {
      meanConfidence[b] = count[b] == 0 ? Double.NaN : confSum[b] / count[b];
      accuracy[b] = count[b] == 0 ? Double.NaN : hitSum[b] / count[b];
      gapSum += count[b] == 0 ? 0 : count[b] * Math.abs(accuracy[b] - meanConfidence[b]);
    }
    double ece = confidence.length == 0 ? Double.NaN : gapSum / confidence.length;
    return new ReliabilityBins(count, meanConfidence, accuracy, ece);
  }

  /** Lower edge of bin {@code b}. */
  static double lowerEdge(int b) {
    return (double) b / BINS;
  }
}
