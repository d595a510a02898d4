package dev.ballast.training;

import dev.ballast.heads.GroupNormalizer;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hyper-parameters of multi-task training; validated at construction.
 *
 * @param hiddenUnits widths of the shared trunk's layers
 * @param taskLossWeights per-task loss weight by task name (absent = 1)
 * @param devFraction share of training groups held out for early stopping when no dev set is given
 * @param refitOnAll after early stopping, train again on train + dev for the best epoch count
 * @param groupNormalization speaker (group) normalisation of the embeddings before the
 *     standardiser ({@link GroupNormalizer}); {@code NONE} takes each clip on its own
 */
public record TrainingConfig(ImbalanceRecipe recipe, long seed, int maxEpochs, int patience,
    int batchSize, double learningRate, double weightDecay, List<Integer> hiddenUnits,
    double dropout, Map<String, Double> taskLossWeights, double devFraction, boolean refitOnAll,
    GroupNormalizer.Mode groupNormalization) {

  public TrainingConfig {
    Objects.requireNonNull(recipe, "recipe");
    Objects.requireNonNull(groupNormalization, "groupNormalization");
    hiddenUnits = List.copyOf(hiddenUnits);
    taskLossWeights = Map.copyOf(taskLossWeights);
    if (maxEpochs < 1 || patience < 1 || batchSize < 1) {
      throw new IllegalArgumentException("maxEpochs, patience and batchSize must be >= 1, got "
          + maxEpochs + ", " + patience + ", " + batchSize);
    }
    if (!(learningRate > 0) || !(weightDecay >= 0) || !(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("need learningRate > 0, weightDecay >= 0, dropout in "
          + "[0, 1); got " + learningRate + ", " + weightDecay + ", " + dropout);
    }
    for (int h : hiddenUnits) {
      if (h < 1) {
        throw new IllegalArgumentException("hidden layer widths must be >= 1, got " + hiddenUnits);
      }
    }
    taskLossWeights.forEach((task, w) -> {
      if (!(w >= 0)) {
        throw new IllegalArgumentException("loss weight of task " + task + " must be >= 0, got " + w);
      }
    });
    if (!(devFraction > 0 && devFraction < 1)) {
      throw new IllegalArgumentException("devFraction must be in (0, 1), got " + devFraction);
    }
  }

  /** Without group normalisation. */
  public TrainingConfig(ImbalanceRecipe recipe, long seed, int maxEpochs, int patience,
      int batchSize, double learningRate, double weightDecay, List<Integer> hiddenUnits,
      double dropout, Map<String, Double> taskLossWeights, double devFraction, boolean refitOnAll) {
    this(recipe, seed, maxEpochs, patience, batchSize, learningRate, weightDecay, hiddenUnits,
        dropout, taskLossWeights, devFraction, refitOnAll, GroupNormalizer.Mode.NONE);
  }

  public static TrainingConfig defaults(ImbalanceRecipe recipe, long seed) {
    return new TrainingConfig(recipe, seed, 300, 30, 32, 1e-3, 1e-4, List.of(256), 0.3, Map.of(),
        0.2, true);
  }

  /** This configuration with {@code mode} of speaker (group) normalisation. */
  public TrainingConfig withGroupNormalization(GroupNormalizer.Mode mode) {
    return new TrainingConfig(recipe, seed, maxEpochs, patience, batchSize, learningRate,
        weightDecay, hiddenUnits, dropout, taskLossWeights, devFraction, refitOnAll, mode);
  }

  public double lossWeight(String task) {
    return taskLossWeights.getOrDefault(task, 1.0);
  }
}
