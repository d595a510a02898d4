package dev.ballast.evaluation;

import java.util.OptionalDouble;
import java.util.StringJoiner;

/**
 * Whole-matrix single-label scores from one {@link ConfusionMatrix}, with {@code t_k} the true
 * count of class k (row sum), {@code p_k} its predicted count (column sum), {@code c} the correct
 * count and {@code s} the total.
 *
 * <ul>
 *   <li>{@code gMean}: geometric mean of the recalls of classes with true examples (the classes
 *       balanced accuracy averages); 0 as soon as one such class is never recognised.
 *   <li>{@code mcc}: Matthews correlation in its multiclass form (Gorodkin's R_K),
 *       {@code (c s - sum p_k t_k) / sqrt((s^2 - sum p_k^2)(s^2 - sum t_k^2))}.
 *   <li>{@code cohenKappa}: {@code (p_o - p_e) / (1 - p_e)}, {@code p_o = c / s},
 *       {@code p_e = sum p_k t_k / s^2}.
 * </ul>
 * A score whose denominator is 0 (e.g. MCC when truth or predictions hold a single class) is empty
 * (JSON {@code null}) with a warning; scikit-learn returns 0 there instead.
 */
public record AgreementScores(OptionalDouble gMean, OptionalDouble mcc,
    OptionalDouble cohenKappa) {

  static AgreementScores compute(ConfusionMatrix cm, ZeroDivisionGuard guard) {
    int k = cm.size();
    double s = cm.total();
    double c = cm.correct();
    double sumPt = 0;
    double sumP2 = 0;
    double sumT2 = 0;
    for (int i = 0; i < k; i++) {
      double t = cm.support(i);
      double p = cm.predictedCount(i);
      sumPt += p * t;
      sumP2 += p * p;
      sumT2 += t * t;
    }
    double mccDenominator = Math.sqrt((s * s - sumP2) * (s * s - sumT2));
    OptionalDouble mcc = guard.optionalRatio(c * s - sumPt, mccDenominator, "MCC",
        s == 0 ? "no labelled examples" : "truth or predictions hold a single class");
    OptionalDouble kappa = s == 0 ? guard.absent("Cohen's kappa", "no labelled examples")
        : guard.optionalRatio(c / s - sumPt / (s * s), 1 - sumPt / (s * s), "Cohen's kappa",
            "truth and predictions hold the same single class");
    return new AgreementScores(gMean(cm, guard), mcc, kappa);
  }

  private static OptionalDouble gMean(ConfusionMatrix cm, ZeroDivisionGuard guard) {
    double logSum = 0;
    int n = 0;
    StringJoiner leftOut = new StringJoiner(", ");
    for (int i = 0; i < cm.size(); i++) {
      long support = cm.support(i);
      if (support == 0) {
        leftOut.add("'" + cm.vocabulary().label(i) + "'");
        continue;
      }
      logSum += Math.log((double) cm.count(i, i) / support); // log 0 = -inf gives exp(-inf) = 0
      n++;
    }
    if (n == 0) {
      return guard.absent("g-mean", "no class has true examples");
    }
    if (leftOut.length() > 0) {
      guard.warn("classes without true examples are left out of g-mean: " + leftOut);
    }
    return OptionalDouble.of(Math.exp(logSum / n));
  }
}
