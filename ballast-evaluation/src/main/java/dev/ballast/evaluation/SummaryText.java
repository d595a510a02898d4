package dev.ballast.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The compact "summary" block {@code report.txt} shows for a task with extended metrics: one line
 * per metric family, values with three decimals (calibration errors are small), "n/a" for an
 * undefined value (its warning says why).
 */
final class SummaryText {
  private static final int DIGITS = 3;

  private SummaryText() {}

  static String single(SingleLabelMetrics m, SingleLabelExtendedMetrics e) {
    StringBuilder out = new StringBuilder("summary\n");
    line(out, "g-mean " + v(e.agreement().gMean()), "MCC " + v(e.agreement().mcc()),
        "Cohen's kappa " + v(e.agreement().cohenKappa()));
    StringBuilder topK = new StringBuilder();
    e.topKAccuracy().forEach((k, v) -> topK.append("  top-").append(k).append(" accuracy ")
        .append(v(v)));
    ranking(out, m, e.ranking(), "class", topK.toString());
    calibration(out, e.calibration());
    intervals(out, e.intervals());
    return out.toString();
  }

  static String multi(MultiLabelMetrics m, MultiLabelExtendedMetrics e) {
    StringBuilder out = new StringBuilder("summary\n");
    line(out, "Hamming loss " + v(e.sets().hammingLoss()),
        "Jaccard samples " + v(e.sets().jaccardSamples()),
        "Jaccard macro " + v(OptionalDouble.of(e.sets().jaccardMacro())));
    line(out, "ICBHI score " + v(e.icbhi().score()),
        "sensitivity " + v(e.icbhi().sensitivity()),
        "specificity " + v(e.icbhi().specificity()));
    ranking(out, m, e.ranking(), "label", "");
    calibration(out, e.calibration());
    intervals(out, e.intervals());
    return out.toString();
  }

  private static void ranking(StringBuilder out, ClassificationMetrics m, RankingScores r,
      String unit, String tail) {
    line(out, "ROC-AUC macro " + v(r.rocAucMacro()), "PR-AUC macro " + v(r.prAucMacro()) + tail);
    perClass(out, "ROC-AUC per " + unit + ":", m, r.rocAuc());
    perClass(out, "PR-AUC  per " + unit + ":", m, r.prAuc());
  }

  private static void perClass(StringBuilder out, String name, ClassificationMetrics m,
      List<OptionalDouble> values) {
    out.append("  ").append(name);
    for (int c = 0; c < values.size(); c++) {
      out.append("  ").append(m.vocabulary().label(c)).append(' ').append(v(values.get(c)));
    }
    out.append('\n');
  }

  private static void calibration(StringBuilder out, CalibrationScores c) {
    line(out, "ECE " + v(c.expectedCalibrationError()),
        "adaptive ECE " + v(c.adaptiveCalibrationError()),
        "MCE " + v(c.maxCalibrationError()), "Brier " + v(c.brierLoss()),
        "NLL " + v(c.logLoss()));
  }

  private static void intervals(StringBuilder out, BootstrapIntervals b) {
    line(out, "95% CI: macro-F1 " + ci(b.macroF1()),
        "balanced accuracy " + ci(b.balancedAccuracy()));
    line(out, "  (percentile bootstrap, " + b.bootstrap().resamples() + " resamples, seed "
        + b.bootstrap().seed() + ")");
  }

  private static void line(StringBuilder out, String... cells) {
    out.append("  ").append(String.join("  ", cells)).append('\n');
  }

  private static String v(OptionalDouble x) {
    return x.isPresent() ? Decimals.fixed(x.getAsDouble(), DIGITS) : "n/a";
  }

  private static String ci(Optional<ConfidenceInterval> ci) {
    return ci.map(c -> "[" + Decimals.fixed(c.lower(), DIGITS) + ", "
        + Decimals.fixed(c.upper(), DIGITS) + "]").orElse("n/a");
  }
}
