package dev.ballast.training.augment;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Mixup on embeddings (Zhang et al. 2018; latent mixup as in Map-Mix's baselines): each example of
 * a batch is mixed with a partner, {@code x = lambda x_i + (1 - lambda) x_j}, and the targets are
 * mixed the same way into soft targets. One {@code lambda ~ Beta(alpha, alpha)} per batch.
 *
 * @param pairing how partners are chosen
 * @param alpha Beta parameter; small values keep most mixes close to one of the two examples
 */
public record Mixup(Pairing pairing, double alpha) {
  /** No mixing. */
  public static final Mixup NONE = new Mixup(Pairing.NONE, 1);

  /** How each example's partner is chosen within the batch. */
  public enum Pairing {
    NONE,
    /** Any example of the batch (a random permutation). */
    RANDOM,
    /** An example of the same class of the pairing task (itself if it is alone). */
    WITHIN_CLASS,
    /** An example of another class of the pairing task (random if there is none). */
    ACROSS_CLASS
  }

  public Mixup {
    Objects.requireNonNull(pairing, "pairing");
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("mixup alpha must be positive and finite, got " + alpha
          + "; 0.2-0.4 is usual");
    }
  }

  public boolean enabled() {
    return pairing != Pairing.NONE;
  }

  /**
   * Partner index (into the batch) of every batch position.
   *
   * @param classes class of each batch position in the pairing task, -1 if unlabelled
   */
  public int[] partners(int[] classes, SplittableRandom random) {
    int n = classes.length;
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = switch (pairing) {
        case NONE -> i;
        case RANDOM -> random.nextInt(n);
        case WITHIN_CLASS -> pick(classes, i, true, random);
        case ACROSS_CLASS -> pick(classes, i, false, random);
      };
    }
    return out;
  }

  private static int pick(int[] classes, int i, boolean same, SplittableRandom random) {
    int count = 0;
    for (int j = 0; j < classes.length; j++) {
      if (j != i && classes[i] >= 0 && classes[j] >= 0 && (classes[j] == classes[i]) == same) {
        count++;
      }
    }
    if (count == 0) {
      return same ? i : random.nextInt(classes.length);
    }
    int k = random.nextInt(count);
    for (int j = 0; j < classes.length; j++) {
      if (j != i && classes[i] >= 0 && classes[j] >= 0 && (classes[j] == classes[i]) == same
          && k-- == 0) {
        return j;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** {@code lambda ~ Beta(alpha, alpha)} from two Gamma draws. */
  public double lambda(SplittableRandom random) {
    double a = gamma(alpha, random);
    double b = gamma(alpha, random);
    return a / (a + b);
  }

  /** Marsaglia-Tsang Gamma(shape, 1), with the shape < 1 boost. */
  static double gamma(double shape, SplittableRandom random) {
    if (shape < 1) {
      return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = gaussian(random);
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
