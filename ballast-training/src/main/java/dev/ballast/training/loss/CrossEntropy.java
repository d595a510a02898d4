package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;
import java.util.Objects;
import java.util.Optional;

/**
 * Softmax cross-entropy, {@code l_ic = -log softmax(z_i)_c}, optionally with per-class weights
 * {@code a_c}; reduced as {@link SingleLabelLoss} says, so soft targets give
 * {@code -sum_c y_ic log p_ic} per example.
 */
public record CrossEntropy(Optional<ClassVector> classWeights) implements SingleLabelLoss {
  public CrossEntropy {
    Objects.requireNonNull(classWeights, "classWeights");
    classWeights.ifPresent(w -> Checks.weights("CrossEntropy", "class weights", w));
  }

  public static CrossEntropy unweighted() {
    return new CrossEntropy(Optional.empty());
  }

  /** @param classWeights {@code double[class]}, e.g. from {@link ClassWeights} */
  public static CrossEntropy weighted(ClassVector classWeights) {
    return new CrossEntropy(Optional.of(classWeights));
  }

  @Override
  public NDArray compute(NDArray logits, NDArray targets, NDArray sampleWeights, int epoch) {
    Checks.single("CrossEntropy", logits, targets, sampleWeights, epoch,
        classWeights.map(ClassVector::size).orElse(Checks.ANY_CLASS_COUNT));
    return LossMath.weightedMean(logits.logSoftmax(1).neg(),
        LossMath.elementWeights(targets, sampleWeights, classWeights));
  }
}
