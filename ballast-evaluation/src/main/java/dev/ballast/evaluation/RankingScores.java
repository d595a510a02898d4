package dev.ballast.evaluation;

import dev.ballast.data.LabelVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.StringJoiner;

/**
 * One-vs-rest ROC-AUC and PR-AUC (average precision) per class, in vocabulary order, and their
 * macro means. ROC-AUC is undefined for a class with no true examples or no other examples, PR-AUC
 * for a class with no true examples; an undefined value is empty (JSON {@code null}) with a
 * warning and is left out of the macro mean, which is empty if no class has a value.
 */
public record RankingScores(List<OptionalDouble> rocAuc, List<OptionalDouble> prAuc,
    OptionalDouble rocAucMacro, OptionalDouble prAucMacro) {
  public RankingScores {
    rocAuc = List.copyOf(rocAuc);
    prAuc = List.copyOf(prAuc);
  }

  /**
   * {@code scores[class][example]} is the probability of the class; {@code positive[class][example]}
   * says whether the example truly has it.
   */
  static RankingScores compute(LabelVocabulary vocab, double[][] scores, boolean[][] positive,
      ZeroDivisionGuard guard) {
    List<OptionalDouble> roc = new ArrayList<>();
    List<OptionalDouble> pr = new ArrayList<>();
    for (int c = 0; c < vocab.size(); c++) {
      String name = "'" + vocab.label(c) + "'";
      long positives = 0;
      for (boolean p : positive[c]) {
        positives += p ? 1 : 0;
      }
      long negatives = positive[c].length - positives;
      if (positives == 0) {
        roc.add(guard.absent("ROC-AUC of " + name, "no true examples"));
        pr.add(guard.absent("PR-AUC of " + name, "no true examples"));
        continue;
      }
      roc.add(negatives == 0 ? guard.absent("ROC-AUC of " + name, "every example is true")
          : OptionalDouble.of(BinaryRanking.rocAuc(scores[c], positive[c])));
      pr.add(OptionalDouble.of(BinaryRanking.averagePrecision(scores[c], positive[c])));
    }
    return new RankingScores(roc, pr, macro(vocab, roc, "ROC-AUC", guard),
        macro(vocab, pr, "PR-AUC", guard));
  }

  private static OptionalDouble macro(LabelVocabulary vocab, List<OptionalDouble> values,
      String metric, ZeroDivisionGuard guard) {
    double sum = 0;
    int n = 0;
    StringJoiner leftOut = new StringJoiner(", ");
    for (int c = 0; c < values.size(); c++) {
      if (values.get(c).isPresent()) {
        sum += values.get(c).getAsDouble();
        n++;
      } else {
        leftOut.add("'" + vocab.label(c) + "'");
      }
    }
    if (n > 0 && leftOut.length() > 0) {
      guard.warn("classes with undefined " + metric + " are left out of macro " + metric + ": "
          + leftOut);
    }
    return guard.optionalRatio(sum, n, "macro " + metric, "no class has a defined " + metric);
  }
}
