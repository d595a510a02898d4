package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import java.util.Optional;

/** NDArray building blocks shared by the losses. */
final class LossMath {
  /**
   * Floor on the base of focusing powers such as {@code (1 - p)^gamma}: for {@code gamma < 1} the
   * derivative is infinite at 0 and would turn into NaN; 1e-7 is about float32's step below 1.
   */
  static final float POWER_BASE_FLOOR = 1e-7f;

  private LossMath() {
  }

  /** {@code sum(loss * weight) / sum(weight)}, or 0 when all weights are 0. */
  static NDArray weightedMean(NDArray elementLoss, NDArray elementWeight) {
    NDArray total = elementWeight.sum();
    NDArray safeTotal = total.add(total.eq(0).toType(total.getDataType(), false));
    return elementLoss.mul(elementWeight).sum().div(safeTotal);
  }

  /** Single-label element weights {@code w_i a_c y_ic}, {@code float[batch][classes]}. */
  static NDArray elementWeights(NDArray targets, NDArray sampleWeights,
      Optional<ClassVector> classWeights) {
    NDArray w = targets.mul(sampleWeights.expandDims(1));
    return classWeights.isPresent() ? w.mul(classWeights.get().on(targets)) : w;
  }

  /** {@code base^gamma} with the base floored (see {@link #POWER_BASE_FLOOR}). */
  static NDArray focus(NDArray base, double gamma) {
    return base.clip(POWER_BASE_FLOOR, 1f).pow(gamma);
  }

  /** {@code 1 - x}. */
  static NDArray oneMinus(NDArray x) {
    return x.neg().add(1f);
  }

  /** {@code log sigmoid(z)}, stable for large |z|. */
  static NDArray logSigmoid(NDArray z) {
    return Activation.softPlus(z.neg()).neg();
  }

  /** {@code log(1 - sigmoid(z))}, stable for large |z|. */
  static NDArray logOneMinusSigmoid(NDArray z) {
    return Activation.softPlus(z).neg();
  }
}
