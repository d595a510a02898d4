package dev.ballast.training;

import dev.ballast.heads.MultiTaskNetwork;
import dev.ballast.training.decision.TaskDecision;
import java.util.List;

/**
 * A trained network and how it got there.
 *
 * @param bestEpoch 1-based epoch chosen by early stopping
 * @param history every epoch of the early-stopping run
 * @param temperatures per task, fitted on dev logits of the early-stopping network
 * @param decisions per task, biases and thresholds tuned on dev outputs of the early-stopping
 *     network (untuned unless the recipe's decision tuning asks)
 */
public record TrainingResult(MultiTaskNetwork network, int bestEpoch, double bestDevScore,
    List<EpochLog> history, boolean refitted, float[] temperatures,
    List<TaskDecision> decisions) {
  public TrainingResult {
    history = List.copyOf(history);
    decisions = List.copyOf(decisions);
    temperatures = temperatures.clone();
  }
}
