package dev.ballast.cli;

import dev.ballast.audio.AudioDecodeException;
import dev.ballast.audio.AudioReader;
import dev.ballast.data.Example;
import dev.ballast.data.Manifest;
import dev.ballast.data.ManifestException;
import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.encoders.EmbeddingExtractor;
import dev.ballast.encoders.Extraction;
import dev.ballast.encoders.FeatureCache;
import dev.ballast.encoders.ProgressListener;
import dev.ballast.evaluation.CalibrationScores;
import dev.ballast.evaluation.EvaluationReport;
import dev.ballast.evaluation.TaskEvaluation;
import dev.ballast.reports.HtmlReport;
import dev.ballast.reports.TaskPredictions;
import java.nio.file.Path;
import dev.ballast.serving.Predictor;
import dev.ballast.serving.TaskModel;
import dev.ballast.serving.TaskOutput;
import dev.ballast.training.TrainingPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Runs a model over a labelled manifest and builds the evaluation report. */
final class ModelEvaluator {
  private ModelEvaluator() {}

  /** The report and the raw per-task predictions behind it (for figures). */
  record Evaluated(EvaluationReport report, List<TaskPredictions> predictions) {}

  static Evaluated evaluate(Predictor predictor, Manifest test, Optional<FeatureCache> cache,
      int threads, boolean strict, ProgressListener progress)
      throws ManifestException, AudioDecodeException {
    List<TaskModel> taskModels = predictor.bundle().tasks();
    List<Task> tasks = taskModels.stream().map(TaskModel::task).toList();
    List<Example> examples = test.examples(tasks);
    EmbeddingExtractor extractor = new EmbeddingExtractor(AudioReader.withInstalledDecoders(),
        predictor.encoder(), cache, threads);
    Extraction extraction = extractor.extract(TrainingPipeline.requests(examples), progress, strict);
    return fromEmbeddings(predictor, examples, extraction);
  }

  /**
   * Raw logits of each example, null where it has no embedding; a model with speaker (group)
   * normalisation sees the clips of each group (the manifest's group column) together.
   */
  static List<Map<String, float[]>> logits(Predictor predictor, List<Example> examples,
      Extraction extraction) {
    List<Map<String, float[]>> out = new ArrayList<>(java.util.Collections.nCopies(
        examples.size(), (Map<String, float[]>) null));
    Map<String, List<Integer>> byGroup = new java.util.LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      if (extraction.embeddings().get(i).isPresent()) {
        String g = predictor.needsGroups() ? examples.get(i).row().group() : "row-" + i;
        byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> rows : byGroup.values()) {
      List<float[]> embeddings = rows.stream().map(i -> extraction.embeddings().get(i).get())
          .toList();
      List<Map<String, float[]>> logits = predictor.groupLogits(embeddings);
      for (int k = 0; k < rows.size(); k++) {
        out.set(rows.get(k), logits.get(k));
      }
    }
    return out;
  }

  /** The report for {@code examples} whose embeddings (or failures) are in {@code extraction}. */
  static Evaluated fromEmbeddings(Predictor predictor, List<Example> examples,
      Extraction extraction) {
    List<TaskModel> taskModels = predictor.bundle().tasks();
    List<Task> tasks = taskModels.stream().map(TaskModel::task).toList();
    List<Map<String, TaskOutput>> outputs = new ArrayList<>();
    List<Map<String, TaskOutput>> uncalibrated = new ArrayList<>();
    List<Example> kept = new ArrayList<>();
    List<Map<String, float[]>> allLogits = logits(predictor, examples, extraction);
    for (int i = 0; i < examples.size(); i++) {
      if (allLogits.get(i) != null) {
        Map<String, float[]> logits = allLogits.get(i);
        Map<String, TaskOutput> raw = new java.util.LinkedHashMap<>();
        for (TaskModel tm : taskModels) {
          raw.put(tm.name(), tm.withTemperature(1f).decide(logits.get(tm.name())));
        }
        outputs.add(predictor.decide(logits));
        uncalibrated.add(raw);
        kept.add(examples.get(i));
      }
    }
    ObjectNode calibration = JSON.createObjectNode();
    List<TaskEvaluation> evaluations = new ArrayList<>();
    List<TaskPredictions> predictions = new ArrayList<>();
    for (int t = 0; t < tasks.size(); t++) {
      Task task = tasks.get(t);
      int n = kept.size();
      if (task.kind() == dev.ballast.data.TaskKind.SINGLE_LABEL) {
        int[] truth = new int[n];
        int[] pred = new int[n];
        for (int i = 0; i < n; i++) {
          truth[i] = ((Target.Single) kept.get(i).targets().get(t)).classIndex();
          pred[i] = ((TaskOutput.Single) outputs.get(i).get(task.name())).index();
        }
        evaluations.add(TaskEvaluation.singleLabel(task, truth, pred,
            probabilities(outputs, task.name())));
        predictions.add(TaskPredictions.singleLabel(task, truth, probabilities(outputs, task.name())));
        calibration.set(task.name(), eceBeforeAfter(taskModels.get(t), evaluations.get(t),
            CalibrationScores.of(task, truth, probabilities(uncalibrated, task.name()))));
      } else {
        boolean[][] truth = new boolean[n][];
        boolean[][] pred = new boolean[n][];
        for (int i = 0; i < n; i++) {
          truth[i] = ((Target.Multi) kept.get(i).targets().get(t)).present();
          pred[i] = ((TaskOutput.Multi) outputs.get(i).get(task.name())).present();
        }
        evaluations.add(TaskEvaluation.multiLabel(task, truth, pred,
            probabilities(outputs, task.name())));
        predictions.add(TaskPredictions.multiLabel(task, truth, pred,
            probabilities(outputs, task.name())));
        calibration.set(task.name(), eceBeforeAfter(taskModels.get(t), evaluations.get(t),
            CalibrationScores.of(task, truth, probabilities(uncalibrated, task.name()))));
      }
    }
    List<EvaluationReport.SkippedRow> skipped = new ArrayList<>();
    // (probabilities are in vocabulary order: TaskOutput keeps the head's label order)
    for (Extraction.Failure f : extraction.failures()) {
      skipped.add(new EvaluationReport.SkippedRow(f.request().describe(), f.error()));
    }
    EvaluationReport report = new EvaluationReport(evaluations, skipped)
        .withExtra("decision_stage", calibration)
        .withExtra("model", JSON.valueToTree(Map.of("encoder", predictor.bundle().encoder().key(),
            "provenance", predictor.bundle().provenance())));
    return new Evaluated(report, predictions);
  }

  /** Training class counts per task from the model's provenance, in vocabulary order. */
  static Map<String, long[]> trainingSupport(Predictor predictor) {
    Map<String, long[]> out = new java.util.LinkedHashMap<>();
    Object counts = predictor.bundle().provenance().get("training_class_counts");
    if (!(counts instanceof Map<?, ?> byTask)) {
      return out;
    }
    for (TaskModel task : predictor.bundle().tasks()) {
      if (byTask.get(task.name()) instanceof Map<?, ?> byLabel) {
        long[] c = new long[task.labels().size()];
        for (int i = 0; i < c.length; i++) {
          c[i] = byLabel.get(task.labels().get(i)) instanceof Number n ? n.longValue() : 0;
        }
        out.put(task.name(), c);
      }
    }
    return out;
  }

  /** Writes report.txt, metrics.json, report.html and figures/ into {@code dir}. */
  static void write(Path dir, String title, Evaluated evaluated, Predictor predictor)
      throws java.io.IOException {
    evaluated.report().write(dir);
    HtmlReport.write(dir, title, evaluated.report(), evaluated.predictions(),
        trainingSupport(predictor), predictor.bundle().provenance());
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /**
   * The task's decision stage as stored in the model (per-label thresholds for multi-label tasks,
   * the logit adjustment per class, the temperature) and the test ECE with and without temperature.
   */
  private static ObjectNode eceBeforeAfter(TaskModel model, TaskEvaluation calibrated,
      CalibrationScores raw) {
    ObjectNode n = JSON.createObjectNode();
    n.put("temperature", model.temperature());
    ObjectNode adjustment = n.putObject("logit_adjustment");
    for (int c = 0; c < model.labels().size(); c++) {
      adjustment.put(model.labels().get(c), model.logitAdjustment()[c]);
    }
    if (model.kind() == dev.ballast.data.TaskKind.MULTI_LABEL) {
      ObjectNode thresholds = n.putObject("thresholds");
      for (int c = 0; c < model.labels().size(); c++) {
        thresholds.put(model.labels().get(c), model.thresholds()[c]);
      }
    }
    n.set("ece_before_temperature", orNull(raw.expectedCalibrationError()));
    n.set("ece_after_temperature", orNull(ece(calibrated)));
    return n;
  }

  private static java.util.OptionalDouble ece(TaskEvaluation e) {
    return e instanceof TaskEvaluation.Single s
        ? s.extended().map(x -> x.calibration().expectedCalibrationError())
            .orElse(java.util.OptionalDouble.empty())
        : ((TaskEvaluation.Multi) e).extended().map(x -> x.calibration().expectedCalibrationError())
            .orElse(java.util.OptionalDouble.empty());
  }

  /** A number, or JSON null when the metric is undefined. */
  private static com.fasterxml.jackson.databind.JsonNode orNull(java.util.OptionalDouble v) {
    return v.isPresent() ? JSON.getNodeFactory().numberNode(v.getAsDouble())
        : JSON.getNodeFactory().nullNode();
  }

  /** {@code float[example][label]} in vocabulary order. */
  private static float[][] probabilities(List<Map<String, TaskOutput>> outputs, String task) {
    float[][] p = new float[outputs.size()][];
    for (int i = 0; i < p.length; i++) {
      Map<String, Double> probs = outputs.get(i).get(task).probabilities();
      p[i] = new float[probs.size()];
      int k = 0;
      for (double v : probs.values()) {
        p[i][k++] = (float) v;
      }
    }
    return p;
  }
}
