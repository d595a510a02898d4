package dev.ballast.training.decision;

import dev.ballast.data.LabelVocabulary;
import dev.ballast.evaluation.ConfusionMatrix;
import dev.ballast.evaluation.SingleLabelMetrics;
import dev.ballast.evaluation.ZeroDivision;
import java.util.Random;

/**
 * Per-class additive logit biases of a single-label task, tuned on dev for macro-F1 by coordinate
 * ascent: a few passes over the classes (in a seeded order), each trying a grid of biases for
 * one class with the others fixed. Guards against fitting a tiny dev set: the grid spans only
 * {@code ±RANGE_SD} standard deviations of the dev logits, the objective is macro-F1 minus a small
 * L2 penalty on the biases (in those units), a move must gain at least {@link #MIN_GAIN} and at
 * least what one dev example is worth ({@code 1 / labelled}), and a class with fewer than
 * {@link #MIN_SUPPORT} dev examples keeps bias 0 (its F1 there is noise, and a class absent from
 * dev would otherwise be suppressed for free).
 * As every accepted move raises the penalised objective from its value at zero bias, dev
 * macro-F1 never ends below where it started.
 */
public final class BiasTuner {
  /** Half-width of the bias grid, in standard deviations of the dev logits. */
  public static final double RANGE_SD = 0.5;
  /** Grid points on each side of zero. */
  public static final int STEPS = 20;
  public static final int PASSES = 3;
  /** Penalty per squared bias (in logit standard deviations), averaged over classes. */
  public static final double L2 = 0.05;
  /** Smallest gain in the penalised objective for a move to be accepted. */
  public static final double MIN_GAIN = 0.005;
  /** Fewest dev examples of a class for its bias to be tuned. */
  public static final int MIN_SUPPORT = 3;

  private final long seed;

  public BiasTuner(long seed) {
    this.seed = seed;
  }

  /** Tuned biases and the dev macro-F1 before and after. */
  public record Result(float[] bias, double devMacroF1Before, double devMacroF1After) {}

  /**
   * @param logits {@code float[example][class]} dev logits after the prior-based adjustment
   * @param truth class index per example, {@code -1} for not labelled
   */
  public Result tune(float[][] logits, int[] truth, LabelVocabulary vocabulary) {
    if (logits.length != truth.length) {
      throw new IllegalArgumentException(logits.length + " dev logit rows but " + truth.length
          + " truth entries; pass one of each per dev example");
    }
    int k = vocabulary.size();
    double[] bias = new double[k];
    double scale = spread(logits);
    double before = macroF1(logits, truth, bias, vocabulary);
    if (scale == 0 || logits.length == 0) {
      return new Result(new float[k], before, before);
    }
    long[] support = new long[k];
    long labelled = 0;
    for (int y : truth) {
      if (y >= 0) {
        support[y]++;
        labelled++;
      }
    }
    double minGain = Math.max(MIN_GAIN, labelled == 0 ? 1 : 1.0 / labelled);
    double step = RANGE_SD * scale / STEPS;
    double current = before;
    Random random = new Random(seed);
    for (int pass = 0; pass < PASSES; pass++) {
      boolean moved = false;
      for (int c : order(k, random)) {
        if (support[c] < MIN_SUPPORT) {
          continue;
        }
        double keep = bias[c];
        double bestValue = keep;
        double bestObjective = current - penalty(bias, scale);
        for (int s = -STEPS; s <= STEPS; s++) {
          bias[c] = s * step;
          double objective = macroF1(logits, truth, bias, vocabulary) - penalty(bias, scale);
          if (objective > bestObjective + minGain) {
            bestObjective = objective;
            bestValue = bias[c];
          }
        }
        bias[c] = bestValue;
        if (bestValue != keep) {
          moved = true;
          current = macroF1(logits, truth, bias, vocabulary);
        }
      }
      if (!moved) {
        break;
      }
    }
    float[] out = new float[k];
    for (int c = 0; c < k; c++) {
      out[c] = (float) bias[c];
    }
    return new Result(out, before, current);
  }

  private static int[] order(int k, Random random) {
    int[] o = new int[k];
    for (int i = 0; i < k; i++) {
      o[i] = i;
    }
    for (int i = k - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = o[i];
      o[i] = o[j];
      o[j] = tmp;
    }
    return o;
  }

  private static double penalty(double[] bias, double scale) {
    double s = 0;
    for (double b : bias) {
      s += (b / scale) * (b / scale);
    }
    return L2 * s / bias.length;
  }

  /** Standard deviation of the logits around each example's mean logit (the scale of margins). */
  static double spread(float[][] logits) {
    double sum = 0;
    long n = 0;
    for (float[] z : logits) {
      double mean = 0;
      for (float v : z) {
        mean += v;
      }
      mean /= z.length;
      for (float v : z) {
        sum += (v - mean) * (v - mean);
        n++;
      }
    }
    return n == 0 ? 0 : Math.sqrt(sum / n);
  }

  static double macroF1(float[][] logits, int[] truth, double[] bias, LabelVocabulary vocabulary) {
    int[] pred = new int[logits.length];
    for (int i = 0; i < logits.length; i++) {
      int best = 0;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < logits[i].length; c++) {
        double v = logits[i][c] + bias[c];
        if (v > bestValue) {
          bestValue = v;
          best = c;
        }
      }
      pred[i] = best;
    }
    return SingleLabelMetrics.compute("bias-tuning", ConfusionMatrix.of(vocabulary, truth, pred),
        ZeroDivision.ZERO).macroF1();
  }
}
