package dev.ballast.training.resampling;

import dev.ballast.data.TaskKind;
import dev.ballast.training.TrainingSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Rebalances one task of a training set by duplicating, interpolating or removing rows in
 * embedding space (imbalanced-learn's {@code fit_resample}). For training folds only: never
 * resample development, test or prediction data.
 *
 * <p>{@link #fitResample} validates once (task index, task kind, shapes, finite embeddings, the
 * sampling strategy, enough examples for the neighbour counts) and then hands a checked view to
 * the algorithm's small {@link #resample} hook. Only rows labelled for the task take part; rows
 * unlabelled for it are kept unchanged, in place.
 */
public abstract sealed class Resampler permits NoResampling, RandomOverSampler,
    RandomUnderSampler, Smote, BorderlineSmote, Adasyn, TomekLinks, EditedNearestNeighbours,
    MlRos {

  Resampler() {
  }

  /** The registered name, as accepted by {@link Resamplers#byName}. */
  public abstract String name();

  /**
   * Resamples task {@code task} of {@code data}; the same data and seed give the same rows.
   *
   * @throws IllegalArgumentException naming the broken constraint, the value and the fix
   */
  public final Resampled fitResample(TrainingSet data, int task, long seed) {
    Problem problem = Problem.validate(data, task, this);
    return resample(problem, new SplittableRandom(seed));
  }

  /** The algorithm, on input {@link #fitResample} has already validated. */
  protected abstract Resampled resample(Problem problem, SplittableRandom random);

  /** The task kinds this resampler accepts. */
  Set<TaskKind> kinds() {
    return EnumSet.of(TaskKind.SINGLE_LABEL);
  }

  /** What the sampling strategy means for this resampler; {@link Goal#OWN} when it has none. */
  Goal goal() {
    return Goal.OWN;
  }

  /** The sampling strategy; only read when {@link #goal()} is not {@link Goal#OWN}. */
  SamplingStrategy strategy() {
    return SamplingStrategy.ALL;
  }

  /** Neighbour counts checked before the run. */
  List<Need> needs() {
    return List.of();
  }

  static int requirePositive(String resampler, String parameter, int value, String meaning) {
    if (value < 1) {
      throw new IllegalArgumentException(resampler + ": " + parameter + " must be >= 1, got "
          + value + "; " + parameter + " is " + meaning);
    }
    return value;
  }

  static SamplingStrategy requireStrategy(SamplingStrategy strategy) {
    return Objects.requireNonNull(strategy, "strategy");
  }
}
