package dev.ballast.training;

import dev.ballast.data.TaskKind;
import dev.ballast.heads.MultiTaskNetwork;
import dev.ballast.serving.TaskModel;
import dev.ballast.training.decision.BiasTuner;
import dev.ballast.training.decision.ClassifierRetrainer;
import dev.ballast.training.decision.DecisionTuning;
import dev.ballast.training.decision.TaskDecision;
import dev.ballast.training.decision.TauNormalizer;
import dev.ballast.training.decision.ThresholdTuner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Applies the recipe's {@link DecisionTuning}: network levers (cRT, then tau-normalisation) after
 * training, and dev-tuned decisions (single-label biases before the temperature fit, multi-label
 * thresholds after it, on the calibrated probabilities the thresholds will see).
 */
final class DecisionFit {
  private final DecisionTuning tuning;
  private final TrainingConfig config;
  private final Consumer<String> log;

  DecisionFit(TrainingConfig config, Consumer<String> log) {
    this.tuning = config.recipe().decision();
    this.config = config;
    this.log = log;
  }

  /** The network with re-trained and/or normalised heads; unchanged when both levers are off. */
  MultiTaskNetwork refine(MultiTaskNetwork network, TrainingSet train) {
    MultiTaskNetwork out = network;
    if (tuning.crtEpochs() > 0) {
      log.accept("cRT: re-training softmax heads on the frozen trunk, class-balanced, "
          + tuning.crtEpochs() + " epochs");
      out = new ClassifierRetrainer(tuning.crtEpochs(), config.batchSize(), config.weightDecay(),
          config.seed()).apply(out, train);
    }
    if (tuning.tauNorm() > 0) {
      out = new TauNormalizer(tuning.tauNorm()).apply(out);
    }
    return out;
  }

  /** A refined network with its dev-fitted temperatures and decisions. */
  record Tuned(MultiTaskNetwork network, float[] temperatures, List<TaskDecision> decisions) {}

  /**
   * The whole decision stage of a trained network: refine the heads, then tune on the refined
   * network's dev outputs; biases go before the temperature fit, thresholds after it.
   */
  Tuned tune(MultiTaskNetwork network, TrainingSet train, TrainingSet dev,
      List<TaskModel> devTasks) {
    MultiTaskNetwork refined = refine(network, train);
    DevOutputs devOutputs = DevOutputs.of(refined, dev);
    List<TaskDecision> decisions = tuneBias(devOutputs, devTasks);
    List<TaskModel> tuned = DecisionStage.withDecisions(devTasks, decisions);
    float[] temperatures = TemperatureFit.fit(devOutputs, tuned);
    decisions = tuneThresholds(devOutputs, DecisionStage.taskModels(tuned, temperatures),
        decisions);
    return new Tuned(refined, temperatures, decisions);
  }

  /** Untuned decisions, or per-class biases of single-label tasks tuned on dev macro-F1. */
  List<TaskDecision> tuneBias(DevOutputs dev, List<TaskModel> tasks) {
    List<TaskDecision> out = new ArrayList<>();
    for (int t = 0; t < tasks.size(); t++) {
      TaskModel task = tasks.get(t);
      TaskDecision d = TaskDecision.untuned(task.labels().size(),
          task.kind() == TaskKind.MULTI_LABEL);
      if (tuning.tuneBias() && task.kind() == TaskKind.SINGLE_LABEL) {
        BiasTuner.Result r = new BiasTuner(config.seed()).tune(dev.adjusted(task),
            dev.singleTruth(t), task.task().vocabulary());
        log.accept(String.format(Locale.ROOT, "bias tuning of %s: dev macro-F1 %.4f -> %.4f, "
            + "biases %s", task.name(), r.devMacroF1Before(), r.devMacroF1After(),
            java.util.Arrays.toString(r.bias())));
        d = d.withBias(r.bias());
      }
      out.add(d);
    }
    return out;
  }

  /** {@code decisions} with multi-label thresholds tuned on dev (tasks carry temperatures). */
  List<TaskDecision> tuneThresholds(DevOutputs dev, List<TaskModel> tasks,
      List<TaskDecision> decisions) {
    if (!tuning.tuneThresholds()) {
      return decisions;
    }
    List<TaskDecision> out = new ArrayList<>(decisions);
    ThresholdTuner tuner = new ThresholdTuner(log);
    for (int t = 0; t < tasks.size(); t++) {
      TaskModel task = tasks.get(t);
      if (task.kind() != TaskKind.MULTI_LABEL) {
        continue;
      }
      float[][] p = dev.adjusted(task);
      for (float[] row : p) {
        for (int c = 0; c < row.length; c++) {
          row[c] = MultiTaskNetwork.sigmoid(row[c] / task.temperature());
        }
      }
      out.set(t, decisions.get(t).withThresholds(tuner.tune(p, dev.multiTruth(t),
          task.labels())));
    }
    return out;
  }
}
