package dev.ballast.training.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Binary focal loss (Lin et al. 2017) per label:
 * {@code l = -(a y (1 - p)^gamma log p + (1 - a)(1 - y) p^gamma log(1 - p))}, {@code p =
 * sigma(z)}; without {@code alpha} both terms have weight 1, so {@code gamma = 0} is BCE.
 */
public record FocalBce(double gamma, OptionalDouble alpha) implements MultiLabelLoss {
  public static final double DEFAULT_GAMMA = 2;

  public FocalBce {
    Checks.nonNegative("FocalBce", "gamma", gamma, "0 is BCE, 2 is the usual choice");
    Objects.requireNonNull(alpha, "alpha");
    if (alpha.isPresent() && !(alpha.getAsDouble() >= 0 && alpha.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("FocalBce: alpha (weight of positives) must be in"
          + " [0, 1], got " + alpha.getAsDouble() + "; the paper uses 0.25");
    }
  }

  @Override
  public NDArray compute(NDArray logits, NDArray targets, NDArray mask, int epoch) {
    Checks.multi("FocalBce", logits, targets, mask, epoch, Checks.ANY_CLASS_COUNT);
    NDArray p = Activation.sigmoid(logits);
    NDArray positive = targets.mul(LossMath.logSigmoid(logits));
    NDArray negative = LossMath.oneMinus(targets).mul(LossMath.logOneMinusSigmoid(logits));
    if (gamma != 0) {
      positive = positive.mul(LossMath.focus(LossMath.oneMinus(p), gamma));
      negative = negative.mul(LossMath.focus(p, gamma));
    }
    if (alpha.isPresent()) {
      positive = positive.mul((float) alpha.getAsDouble());
      negative = negative.mul((float) (1 - alpha.getAsDouble()));
    }
    return LossMath.weightedMean(positive.add(negative).neg(), mask);
  }
}
