package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;
import java.util.Objects;

/**
 * Label smoothing (Szegedy et al. 2016) in front of any single-label loss: targets become
 * {@code (1 - epsilon) y + epsilon * sum_c(y) / classes}, so unlabelled (all-zero) rows stay zero
 * and soft targets keep their mass. With {@link CrossEntropy} as base this is the usual smoothed
 * cross-entropy; {@code epsilon = 0} is the base loss.
 */
public record LabelSmoothing(double epsilon, SingleLabelLoss base) implements SingleLabelLoss {
  public static final double DEFAULT_EPSILON = 0.1;

  public LabelSmoothing {
    Checks.fraction("LabelSmoothing", "epsilon", epsilon, "0.1 is usual");
    Objects.requireNonNull(base, "base");
  }

  @Override
  public NDArray compute(NDArray logits, NDArray targets, NDArray sampleWeights, int epoch) {
    Checks.single("LabelSmoothing", logits, targets, sampleWeights, epoch,
        Checks.ANY_CLASS_COUNT);
    long classes = logits.getShape().get(1);
    NDArray mass = targets.sum(new int[] {1}, true);
    NDArray smoothed = targets.mul((float) (1 - epsilon))
        .add(mass.mul((float) (epsilon / classes)));
    return base.compute(logits, smoothed, sampleWeights, epoch);
  }
}
