package dev.ballast.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballast.data.LabelVocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTextTest {

  /**
   * What scikit-learn prints for {@code classification_report([0,0,1,1,2], [0,1,1,1,0],
   * target_names=['a','b','c'], zero_division=0)}, numbers worked out by hand.
   */
  @Test
  void matchesScikitLearnForSingleLabel() {
    String expected = ""
        + "              precision    recall  f1-score   support\n"
        + "\n"
        + "           a       0.50      0.50      0.50         2\n"
        + "           b       0.67      1.00      0.80         2\n"
        + "           c       0.00      0.00      0.00         1\n"
        + "\n"
        + "    accuracy                           0.60         5\n"
        + "   macro avg       0.39      0.50      0.43         5\n"
        + "weighted avg       0.47      0.60      0.52         5\n";
    assertEquals(expected, Fixtures.sklearnCase(ZeroDivision.ZERO).classificationReport());
  }

  /** scikit-learn's multi-label layout, without the "samples avg" row. */
  @Test
  void matchesScikitLearnForMultiLabel() {
    String expected = ""
        + "              precision    recall  f1-score   support\n"
        + "\n"
        + "           x       1.00      1.00      1.00         2\n"
        + "           y       0.00      0.00      0.00         1\n"
        + "           z       0.00      0.00      0.00         0\n"
        + "\n"
        + "   micro avg       0.67      0.67      0.67         3\n"
        + "   macro avg       0.33      0.33      0.33         3\n"
        + "weighted avg       0.67      0.67      0.67         3\n";
    assertEquals(expected, Fixtures.multiCase(ZeroDivision.ZERO).classificationReport());
  }

  @Test
  void labelLongerThanWeightedAvgWidensTheNameColumn() {
    LabelVocabulary vocab = new LabelVocabulary(List.of("neutral", "frustration"));
    SingleLabelMetrics m = SingleLabelMetrics.compute("emotion",
        ConfusionMatrix.of(vocab, new int[] {0, 1, 1}, new int[] {0, 1, 1}), ZeroDivision.ZERO);
    String expected = ""
        + "              precision    recall  f1-score   support\n"
        + "\n"
        + "     neutral       1.00      1.00      1.00         1\n"
        + " frustration       1.00      1.00      1.00         2\n"
        + "\n"
        + "    accuracy                           1.00         3\n"
        + "   macro avg       1.00      1.00      1.00         3\n"
        + "weighted avg       1.00      1.00      1.00         3\n";
    assertEquals(expected, m.classificationReport(), "11 < 12, so width stays 12");
    LabelVocabulary longer = new LabelVocabulary(List.of("a", "very long label"));
    String text = SingleLabelMetrics.compute("t",
        ConfusionMatrix.of(longer, new int[] {0, 1}, new int[] {0, 1}), ZeroDivision.ZERO)
        .classificationReport();
    assertEquals("                 precision    recall  f1-score   support", text.lines()
        .findFirst().orElseThrow());
    assertEquals("   weighted avg       1.00      1.00      1.00         2", text.lines()
        .reduce((a, b) -> b).orElseThrow());
  }

  @Test
  void roundsLikePythonHalfEvenOnTheExactBinaryValue() {
    assertEquals("0.12", Decimals.fixed(0.125, 2));
    assertEquals("0.38", Decimals.fixed(0.375, 2));
    assertEquals("2.67", Decimals.fixed(2.675, 2), "2.675 is 2.67499... in binary");
    assertEquals("0.67", Decimals.fixed(2.0 / 3, 2));
    assertEquals("1.00", Decimals.fixed(0.999, 2));
  }
}
