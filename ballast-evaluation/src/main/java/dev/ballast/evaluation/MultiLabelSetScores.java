package dev.ballast.evaluation;

import dev.ballast.data.LabelVocabulary;
import java.util.OptionalDouble;

/**
 * Multi-label scores that compare label sets, from {@code boolean[example][label]} matrices.
 *
 * <ul>
 *   <li>{@code hammingLoss}: wrong (example, label) cells over all cells; lower-better.
 *   <li>{@code jaccardSamples}: mean over examples of {@code |T & P| / |T | P|}; a row with no
 *       true and no predicted label is 0/0 and takes the {@link ZeroDivision} value (one warning
 *       giving the count), as scikit-learn's {@code zero_division} does.
 *   <li>{@code jaccardMacro}: mean over the whole vocabulary of {@code tp / (tp + fp + fn)}; a label
 *       never true nor predicted takes the {@link ZeroDivision} value with a warning.
 * </ul>
 * Hamming loss and sample Jaccard are empty (JSON {@code null}) with a warning when there are no
 * examples.
 */
public record MultiLabelSetScores(OptionalDouble hammingLoss, OptionalDouble jaccardSamples,
    double jaccardMacro) {

  static MultiLabelSetScores compute(LabelVocabulary vocab, boolean[][] truth,
      boolean[][] predicted, ZeroDivisionGuard guard) {
    int k = vocab.size();
    long[] intersection = new long[k];
    long[] union = new long[k];
    long wrongCells = 0;
    double jaccardSum = 0;
    int emptyRows = 0;
    for (int i = 0; i < truth.length; i++) {
      int rowIntersection = 0;
      int rowUnion = 0;
      for (int c = 0; c < k; c++) {
        boolean t = truth[i][c];
        boolean p = predicted[i][c];
        rowIntersection += t && p ? 1 : 0;
        rowUnion += t || p ? 1 : 0;
        wrongCells += t != p ? 1 : 0;
      }
      if (rowUnion == 0) {
        emptyRows++;
      } else {
        jaccardSum += (double) rowIntersection / rowUnion;
      }
      for (int c = 0; c < k; c++) {
        intersection[c] += truth[i][c] && predicted[i][c] ? 1 : 0;
        union[c] += truth[i][c] || predicted[i][c] ? 1 : 0;
      }
    }
    OptionalDouble hamming = guard.optionalRatio(wrongCells, (double) truth.length * k,
        "Hamming loss", "no examples");
    if (emptyRows > 0) {
      jaccardSum += emptyRows * guard.undefined("sample Jaccard of " + emptyRows
          + (emptyRows == 1 ? " row" : " rows"), "no true and no predicted labels");
    }
    OptionalDouble samples = guard.optionalRatio(jaccardSum, truth.length, "sample Jaccard",
        "no examples");
    double macro = 0;
    for (int c = 0; c < k; c++) {
      macro += guard.ratio(intersection[c], union[c], "Jaccard of '" + vocab.label(c) + "'",
          "no true examples and no predictions");
    }
    return new MultiLabelSetScores(hamming, samples, macro / k);
  }
}
