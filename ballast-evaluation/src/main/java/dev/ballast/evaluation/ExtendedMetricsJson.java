package dev.ballast.evaluation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The task keys {@code metrics.json} gains from extended metrics, written after
 * {@code min_class_recall}; an undefined value is {@code null}.
 */
final class ExtendedMetricsJson {
  private ExtendedMetricsJson() {}

  static void single(ObjectNode node, SingleLabelExtendedMetrics e) {
    put(node, "g_mean", e.agreement().gMean());
    put(node, "mcc", e.agreement().mcc());
    put(node, "cohen_kappa", e.agreement().cohenKappa());
    ranking(node, e.ranking());
    ObjectNode topK = node.putObject("top_k_accuracy");
    e.topKAccuracy().forEach((k, v) -> put(topK, String.valueOf(k), v));
    calibration(node, e.calibration());
    intervals(node, e.intervals());
  }

  static void multi(ObjectNode node, MultiLabelMetrics m, MultiLabelExtendedMetrics e) {
    node.put("subset_accuracy", m.accuracy());
    put(node, "hamming_loss", e.sets().hammingLoss());
    put(node, "jaccard_samples", e.sets().jaccardSamples());
    node.put("jaccard_macro", e.sets().jaccardMacro());
    put(node, "sensitivity", e.icbhi().sensitivity());
    put(node, "specificity", e.icbhi().specificity());
    put(node, "icbhi_score", e.icbhi().score());
    ranking(node, e.ranking());
    calibration(node, e.calibration());
    intervals(node, e.intervals());
  }

  static void put(ObjectNode node, String key, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(key, value.getAsDouble());
    } else {
      node.putNull(key);
    }
  }

  private static void ranking(ObjectNode node, RankingScores r) {
    put(node, "roc_auc_macro", r.rocAucMacro());
    put(node, "pr_auc_macro", r.prAucMacro());
  }

  private static void calibration(ObjectNode node, CalibrationScores c) {
    put(node, "ece", c.expectedCalibrationError());
    put(node, "ece_adaptive", c.adaptiveCalibrationError());
    put(node, "mce", c.maxCalibrationError());
    put(node, "brier", c.brierLoss());
    put(node, "nll", c.logLoss());
  }

  private static void intervals(ObjectNode node, BootstrapIntervals b) {
    interval(node, "macro_f1_ci95", b.macroF1());
    interval(node, "balanced_accuracy_ci95", b.balancedAccuracy());
    node.putObject("bootstrap").put("method", "percentile")
        .put("confidence", Bootstrap.CONFIDENCE).put("resamples", b.bootstrap().resamples())
        .put("seed", b.bootstrap().seed());
  }

  private static void interval(ObjectNode node, String key, Optional<ConfidenceInterval> ci) {
    if (ci.isPresent()) {
      ArrayNode bounds = node.putArray(key);
      bounds.add(ci.get().lower()).add(ci.get().upper());
    } else {
      node.putNull(key);
    }
  }
}
