package dev.ballast.reports;

import dev.ballast.data.Target;

/**
 * Binary (score, outcome) views of {@link TaskPredictions}, the input of ROC curves and reliability
 * diagrams. Single-label rows not labelled for the task are left out.
 */
final class Outcomes {
  /** {@code scores[i]} against {@code positive[i]}. */
  record Binary(double[] scores, boolean[] positive) {
    long positives() {
      long n = 0;
      for (boolean p : positive) {
        n += p ? 1 : 0;
      }
      return n;
    }

    long negatives() {
      return positive.length - positives();
    }
  }

  private Outcomes() {}

  /** The probability of class {@code c} against "the example has class c". */
  static Binary oneVsRest(TaskPredictions predictions, int c) {
    float[][] probs = predictions.probabilities();
    if (predictions instanceof TaskPredictions.Single s) {
      int[] truth = s.truth();
      int n = labelled(truth);
      double[] scores = new double[n];
      boolean[] positive = new boolean[n];
      for (int i = 0, j = 0; i < truth.length; i++) {
        if (truth[i] != Target.Single.MISSING) {
          scores[j] = probs[i][c];
          positive[j++] = truth[i] == c;
        }
      }
      return new Binary(scores, positive);
    }
    boolean[][] truth = ((TaskPredictions.Multi) predictions).truth();
    double[] scores = new double[truth.length];
    boolean[] positive = new boolean[truth.length];
    for (int i = 0; i < truth.length; i++) {
      scores[i] = probs[i][c];
      positive[i] = truth[i][c];
    }
    return new Binary(scores, positive);
  }

  /**
   * Reliability pairs, as the evaluation module's ECE defines them. Single-label: the top
   * probability (lowest index among ties) against "the top class is the true one". Multi-label:
   * every (example, label) probability against "the label is true".
   */
  static Binary calibration(TaskPredictions predictions) {
    float[][] probs = predictions.probabilities();
    if (predictions instanceof TaskPredictions.Single s) {
      int[] truth = s.truth();
      int n = labelled(truth);
      double[] confidence = new double[n];
      boolean[] hit = new boolean[n];
      for (int i = 0, j = 0; i < truth.length; i++) {
        if (truth[i] == Target.Single.MISSING) {
          continue;
        }
        int top = 0;
        for (int c = 1; c < probs[i].length; c++) {
          top = probs[i][c] > probs[i][top] ? c : top;
        }
        confidence[j] = probs[i][top];
        hit[j++] = top == truth[i];
      }
      return new Binary(confidence, hit);
    }
    boolean[][] truth = ((TaskPredictions.Multi) predictions).truth();
    int k = predictions.task().vocabulary().size();
    double[] confidence = new double[truth.length * k];
    boolean[] outcome = new boolean[truth.length * k];
    for (int i = 0; i < truth.length; i++) {
      for (int c = 0; c < k; c++) {
        confidence[i * k + c] = probs[i][c];
        outcome[i * k + c] = truth[i][c];
      }
    }
    return new Binary(confidence, outcome);
  }

  private static int labelled(int[] truth) {
    int n = 0;
    for (int t : truth) {
      n += t == Target.Single.MISSING ? 0 : 1;
    }
    return n;
  }
}
