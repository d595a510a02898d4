package dev.ballast.reports;

import dev.ballast.evaluation.ClassMetrics;
import dev.ballast.evaluation.TaskEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The figures of one task, in page order, and a note for every figure or class left out and why.
 */
record TaskFigures(List<Figure> figures, List<String> notes) {
  TaskFigures {
    figures = List.copyOf(figures);
    notes = List.copyOf(notes);
  }

  static TaskFigures of(TaskEvaluation evaluation, Optional<TaskPredictions> predictions,
      Optional<long[]> trainingSupport) {
    List<Figure> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    confusion(evaluation, predictions, figures, notes);
    trainingSupport.ifPresentOrElse(support -> f1VersusSupport(evaluation, support, figures, notes),
        () -> notes.add("F1 against training support: training support unknown for this run."));
    if (predictions.isEmpty()) {
      notes.add("ROC curves and reliability diagram: no class probabilities were given.");
      return new TaskFigures(figures, notes);
    }
    roc(evaluation, predictions.get(), figures, notes);
    reliability(evaluation, predictions.get(), figures, notes);
    return new TaskFigures(figures, notes);
  }

  private static void roc(TaskEvaluation evaluation, TaskPredictions predictions,
      List<Figure> figures, List<String> notes) {
    List<String> labels = evaluation.task().vocabulary().labels();
    List<Optional<RocCurve>> curves = new ArrayList<>();
    for (int c = 0; c < labels.size(); c++) {
      Outcomes.Binary oneVsRest = Outcomes.oneVsRest(predictions, c);
      boolean defined = oneVsRest.positives() > 0 && oneVsRest.negatives() > 0;
      curves.add(defined ? Optional.of(RocCurve.of(oneVsRest)) : Optional.empty());
      if (!defined) {
        notes.add("No ROC curve for '" + labels.get(c) + "': "
            + (oneVsRest.positives() == 0 ? "no true examples." : "every example is true."));
      }
    }
    if (curves.stream().anyMatch(Optional::isPresent)) {
      figures.add(new Figure("roc", "ROC curves, one-vs-rest per "
          + (multi(evaluation) ? "label" : "class") + ", AUC in the legend",
          RocChart.png(evaluation.task().name() + ": ROC curves", labels, curves)));
    }
  }

  private static void confusion(TaskEvaluation evaluation, Optional<TaskPredictions> predictions,
      List<Figure> figures, List<String> notes) {
    String task = evaluation.task().name();
    if (evaluation instanceof TaskEvaluation.Single single) {
      figures.add(new Figure("confusion", "Confusion counts (rows: true label, columns:"
          + " predicted label)", ConfusionHeatMap.png(task + ": confusion counts",
              single.metrics().confusionMatrix(), false)));
      figures.add(new Figure("confusion-normalised", "Confusion matrix, each row divided by the"
          + " class's support (recall on the diagonal)", ConfusionHeatMap.png(task
              + ": row-normalised confusion", single.metrics().confusionMatrix(), true)));
      return;
    }
    if (predictions.isEmpty()) {
      notes.add("Per-label confusion counts: the decisions were not given.");
      return;
    }
    TaskPredictions.Multi multi = (TaskPredictions.Multi) predictions.get();
    List<String> labels = evaluation.task().vocabulary().labels();
    boolean[][] truth = multi.truth();
    boolean[][] predicted = multi.predicted();
    figures.add(new Figure("confusion", "Per-label confusion counts", LabelConfusionGrid.png(
        task + ": per-label confusion counts", labels, truth, predicted, false)));
    figures.add(new Figure("confusion-normalised", "Per-label confusion, each row divided by its"
        + " total (recall and specificity on the diagonal)", LabelConfusionGrid.png(
            task + ": per-label row-normalised confusion", labels, truth, predicted, true)));
  }

  private static void f1VersusSupport(TaskEvaluation evaluation, long[] support,
      List<Figure> figures, List<String> notes) {
    List<ClassMetrics> perClass = evaluation.metrics().perClass();
    double[] f1 = perClass.stream().mapToDouble(ClassMetrics::f1).toArray();
    List<String> leftOut = new ArrayList<>();
    for (int c = 0; c < f1.length; c++) {
      if (!F1SupportChart.plotted(support[c], f1[c])) {
        leftOut.add("'" + perClass.get(c).label() + "'");
      }
    }
    if (leftOut.size() < f1.length) {
      F1SupportChart.Result chart = F1SupportChart.png(evaluation.task().name()
          + ": F1 vs training support", evaluation.task().vocabulary().labels(), f1, support,
          evaluation.metrics().macroF1());
      figures.add(new Figure("f1-vs-support", "Test F1 per class against its training examples",
          chart.png()));
      if (!chart.unnamed().isEmpty()) {
        notes.add("F1 against training support: unnamed points (no room for the name): "
            + chart.unnamed().stream().map(l -> "'" + l + "'").collect(Collectors.joining(", "))
            + ".");
      }
    }
    if (!leftOut.isEmpty()) {
      notes.add("Left out of F1 against training support (no training examples or undefined F1): "
          + String.join(", ", leftOut) + ".");
    }
  }

  private static void reliability(TaskEvaluation evaluation, TaskPredictions predictions,
      List<Figure> figures, List<String> notes) {
    Outcomes.Binary pairs = Outcomes.calibration(predictions);
    if (pairs.scores().length == 0) {
      notes.add("Reliability diagram: no labelled examples.");
      return;
    }
    ReliabilityBins bins = ReliabilityBins.of(pairs);
    boolean multi = multi(evaluation);
    String title = String.format(Locale.ROOT, "%s: reliability, ECE %.3f (%d bins, %d %s)",
        evaluation.task().name(), bins.expectedCalibrationError(), ReliabilityBins.BINS,
        pairs.scores().length, multi ? "(example, label) pairs" : "examples");
    figures.add(new Figure("reliability", multi
        ? "Reliability over every (example, label) probability"
        : "Reliability of the top-class probability", ReliabilityChart.png(title,
            multi ? "predicted probability" : "confidence (top-class probability)",
            multi ? "fraction of pairs with the label" : "accuracy", bins)));
  }

  private static boolean multi(TaskEvaluation evaluation) {
    return evaluation instanceof TaskEvaluation.Multi;
  }
}
