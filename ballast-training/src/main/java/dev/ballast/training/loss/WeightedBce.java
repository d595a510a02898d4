package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;
import java.util.Objects;
import java.util.Optional;

/**
 * Binary cross-entropy on logits with optional per-label positive weights {@code v_c}:
 * {@code l_ic = -(v_c y_ic log sigma(z_ic) + (1 - y_ic) log(1 - sigma(z_ic)))} (PyTorch's
 * {@code pos_weight}), reduced by the masked mean of {@link MultiLabelLoss}.
 */
public record WeightedBce(Optional<ClassVector> positiveWeights) implements MultiLabelLoss {
  public WeightedBce {
    Objects.requireNonNull(positiveWeights, "positiveWeights");
    positiveWeights.ifPresent(w -> Checks.weights("WeightedBce", "positive weights", w));
  }

  public static WeightedBce unweighted() {
    return new WeightedBce(Optional.empty());
  }

  /**
   * Positive weights {@code (n_neg / n_pos)^power} from training counts: {@code power = 1}
   * balances each label's positives against its negatives, {@code 0.5} goes half-way. A label
   * that is never or always positive gets 1, having nothing to balance.
   *
   * @param positives {@code long[label]}, training examples where the label is present
   * @param examples training examples in all
   */
  public static WeightedBce fromCounts(long[] positives, long examples, double power) {
    Objects.requireNonNull(positives, "positives");
    Checks.nonNegative("WeightedBce", "power", power, "1 is inverse frequency, 0.5 its sqrt");
    double[] w = new double[positives.length];
    for (int c = 0; c < w.length; c++) {
      if (positives[c] < 0 || positives[c] > examples) {
        throw new IllegalArgumentException("WeightedBce: positives must be in [0, examples = "
            + examples + "], got " + positives[c] + " for label " + c);
      }
      long negatives = examples - positives[c];
      w[c] = positives[c] == 0 || negatives == 0
          ? 1 : Math.pow(negatives / (double) positives[c], power);
    }
    return new WeightedBce(Optional.of(new ClassVector(w)));
  }

  @Override
  public NDArray compute(NDArray logits, NDArray targets, NDArray mask, int epoch) {
    Checks.multi("WeightedBce", logits, targets, mask, epoch,
        positiveWeights.map(ClassVector::size).orElse(Checks.ANY_CLASS_COUNT));
    NDArray positive = targets.mul(LossMath.logSigmoid(logits));
    if (positiveWeights.isPresent()) {
      positive = positive.mul(positiveWeights.get().on(logits));
    }
    NDArray negative = LossMath.oneMinus(targets).mul(LossMath.logOneMinusSigmoid(logits));
    return LossMath.weightedMean(positive.add(negative).neg(), mask);
  }
}
