package dev.ballast.training;

import dev.ballast.heads.MultiTaskNetwork;
import java.util.List;

/**
 * A trained network and how it got there.
 *
 * @param bestEpoch 1-based epoch chosen by early stopping
 * @param history every epoch of the early-stopping run
 */
public record TrainingResult(MultiTaskNetwork network, int bestEpoch, double bestDevScore,
    List<EpochLog> history, boolean refitted) {
  public TrainingResult {
    history = List.copyOf(history);
  }
}
