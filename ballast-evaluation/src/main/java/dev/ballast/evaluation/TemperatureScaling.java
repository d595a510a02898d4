package dev.ballast.evaluation;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * Temperature scaling (Guo et al. 2017): every logit is divided by one temperature T > 0, which
 * changes confidences but never the ranking of classes. T > 1 softens an overconfident model.
 *
 * <p>{@link #fit} chooses T minimising the mean negative log-likelihood of dev labels, by golden
 * section search over ln T in [ln {@value #MIN_TEMPERATURE}, ln {@value #MAX_TEMPERATURE}]
 * (the NLL is convex in 1/T, hence unimodal in ln T); a T at a bound means the data pushed past it,
 * e.g. perfectly separated dev logits drive T towards 0. Logits are {@code float[example][class]}.
 */
public record TemperatureScaling(double temperature) {
  public static final double MIN_TEMPERATURE = 0.01;
  public static final double MAX_TEMPERATURE = 100;
  /** Search stops once the bracket on ln T is narrower than this. */
  static final double LOG_TOLERANCE = 1e-9;

  public TemperatureScaling {
    if (!(temperature > 0) || !Double.isFinite(temperature)) {
      throw new IllegalArgumentException("temperature must be finite and > 0, got " + temperature
          + "; 1 leaves logits unchanged");
    }
  }

  /** Fits T for softmax outputs; {@code labels[example]} is a class index or -1 (skipped). */
  public static TemperatureScaling fit(float[][] logits, int[] labels) {
    Objects.requireNonNull(logits, "logits");
    Objects.requireNonNull(labels, "labels");
    int classes = checkLogits(logits, labels.length);
    int labelled = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < -1 || labels[i] >= classes) {
        throw new IllegalArgumentException("labels[" + i + "] = " + labels[i] + " is not a class"
            + " index; use 0.." + (classes - 1) + ", or -1 for an unlabelled example");
      }
      labelled += labels[i] >= 0 ? 1 : 0;
    }
    if (labelled == 0) {
      throw new IllegalArgumentException("fitting a temperature needs labelled examples, got none"
          + "; pass dev-set labels");
    }
    return new TemperatureScaling(argmin(t -> softmaxNll(logits, labels, t)));
  }

  /** Fits T for independent per-label sigmoids; {@code labels} is {@code boolean[example][label]}. */
  public static TemperatureScaling fitMultiLabel(float[][] logits, boolean[][] labels) {
    Objects.requireNonNull(logits, "logits");
    Objects.requireNonNull(labels, "labels");
    int classes = checkLogits(logits, labels.length);
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == null || labels[i].length != classes) {
        throw new IllegalArgumentException("labels[" + i + "] needs " + classes + " entries, one"
            + " per logit; pass one boolean per label");
      }
    }
    if (labels.length == 0) {
      throw new IllegalArgumentException("fitting a temperature needs labelled examples, got none"
          + "; pass dev-set labels");
    }
    return new TemperatureScaling(argmin(t -> sigmoidNll(logits, labels, t)));
  }

  /** Logits divided by T, same layout. */
  public float[][] scale(float[][] logits) {
    float[][] out = new float[logits.length][];
    for (int i = 0; i < logits.length; i++) {
      out[i] = new float[logits[i].length];
      for (int c = 0; c < logits[i].length; c++) {
        out[i][c] = (float) (logits[i][c] / temperature);
      }
    }
    return out;
  }

  /** Softmax of the scaled logits: calibrated single-label probabilities. */
  public float[][] softmax(float[][] logits) {
    float[][] out = new float[logits.length][];
    for (int i = 0; i < logits.length; i++) {
      double lse = logSumExp(logits[i], temperature);
      out[i] = new float[logits[i].length];
      for (int c = 0; c < logits[i].length; c++) {
        out[i][c] = (float) Math.exp(logits[i][c] / temperature - lse);
      }
    }
    return out;
  }

  /** Sigmoid of each scaled logit: calibrated multi-label probabilities. */
  public float[][] sigmoid(float[][] logits) {
    float[][] out = new float[logits.length][];
    for (int i = 0; i < logits.length; i++) {
      out[i] = new float[logits[i].length];
      for (int c = 0; c < logits[i].length; c++) {
        out[i][c] = (float) (1 / (1 + Math.exp(-logits[i][c] / temperature)));
      }
    }
    return out;
  }

  /** Mean softmax NLL over labelled examples at temperature t. */
  static double softmaxNll(float[][] logits, int[] labels, double t) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] >= 0) {
        sum += logSumExp(logits[i], t) - logits[i][labels[i]] / t;
        n++;
      }
    }
    return sum / n;
  }

  /** Mean binary cross-entropy over all (example, label) cells at temperature t. */
  static double sigmoidNll(float[][] logits, boolean[][] labels, double t) {
    double sum = 0;
    long n = 0;
    for (int i = 0; i < labels.length; i++) {
      for (int c = 0; c < labels[i].length; c++) {
        double s = logits[i][c] / t;
        // -ln sigmoid(s) = softplus(-s), -ln(1 - sigmoid(s)) = softplus(s)
        sum += softplus(labels[i][c] ? -s : s);
        n++;
      }
    }
    return sum / n;
  }

  private static double softplus(double x) {
    return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
  }

  private static double logSumExp(float[] z, double t) {
    double max = Double.NEGATIVE_INFINITY;
    for (float v : z) {
      max = Math.max(max, v / t);
    }
    double sum = 0;
    for (float v : z) {
      sum += Math.exp(v / t - max);
    }
    return max + Math.log(sum);
  }

  /** The T minimising {@code nll(T)}, searched over ln T. */
  private static double argmin(DoubleUnaryOperator nll) {
    return Math.exp(GoldenSectionSearch.argmin(u -> nll.applyAsDouble(Math.exp(u)),
        Math.log(MIN_TEMPERATURE), Math.log(MAX_TEMPERATURE), LOG_TOLERANCE));
  }

  /** Checks one finite row per label entry, all of one width; returns the width. */
  private static int checkLogits(float[][] logits, int examples) {
    if (logits.length != examples) {
      throw new IllegalArgumentException("logits need one row per label entry, got "
          + logits.length + " rows for " + examples + " labels; pass dev logits and labels of"
          + " the same examples");
    }
    int width = examples == 0 || logits[0] == null ? 0 : logits[0].length;
    for (int i = 0; i < examples; i++) {
      if (logits[i] == null || logits[i].length != width || width == 0) {
        throw new IllegalArgumentException("logits[" + i + "] has "
            + (logits[i] == null ? "no row" : logits[i].length + " entries") + " but logits[0]"
            + " has " + width + "; pass one non-empty row of the same width per example");
      }
      for (int c = 0; c < width; c++) {
        if (!Float.isFinite(logits[i][c])) {
          throw new IllegalArgumentException("logits[" + i + "][" + c + "] = " + logits[i][c]
              + " is not finite; pass raw model outputs before softmax or sigmoid");
        }
      }
    }
    return width;
  }
}
