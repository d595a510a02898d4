package dev.ballast.training;

import dev.ballast.heads.MultiTaskNetwork;
import java.util.List;

/**
 * A trained network and how it got there.
 *
 * @param bestEpoch 1-based epoch chosen by early stopping
 * @param history every epoch of the early-stopping run
 * @param temperatures per task, fitted on dev logits of the early-stopping network
 */
public record TrainingResult(MultiTaskNetwork network, int bestEpoch, double bestDevScore,
    List<EpochLog> history, boolean refitted, float[] temperatures) {
  public TrainingResult {
    history = List.copyOf(history);
    temperatures = temperatures.clone();
  }
}
