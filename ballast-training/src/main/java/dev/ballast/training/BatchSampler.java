package dev.ballast.training;

import dev.ballast.data.Target;
import java.util.SplittableRandom;

/** Draws one epoch of batches; the stream of each epoch derives from (seed, epoch) only. */
public interface BatchSampler {

  /** Index batches of epoch {@code epoch}. */
  int[][] epoch(int epoch);

  /**
   * @param balanceTask the single-label task a class-aware sampler balances
   * @param maxEpochs the epoch by which a progressive sampler is fully balanced
   */
  static BatchSampler create(SamplerKind kind, TrainingSet data, int batchSize, long seed,
      int balanceTask, int maxEpochs) {
    return switch (kind) {
      case INSTANCE -> new Instance(data.size(), batchSize, seed);
      case CLASS_BALANCED -> new ClassPower(data, batchSize, seed, balanceTask, 1);
      case SQUARE_ROOT -> new ClassPower(data, batchSize, seed, balanceTask, 0.5);
      case PROGRESSIVE -> new Progressive(data, batchSize, seed, balanceTask, maxEpochs);
      case RAREST_LABEL -> new RarestLabel(data, batchSize, seed);
    };
  }

  static SplittableRandom random(long seed, int epoch) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
  }

  static int[][] batches(int[] order, int batchSize) {
    int n = (order.length + batchSize - 1) / batchSize;
    int[][] out = new int[n][];
    for (int b = 0; b < n; b++) {
      int from = b * batchSize;
      out[b] = java.util.Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize));
    }
    return out;
  }

  /** Every example once, shuffled. */
  record Instance(int size, int batchSize, long seed) implements BatchSampler {
    @Override
    public int[][] epoch(int epoch) {
      SplittableRandom r = random(seed, epoch);
      int[] order = new int[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      for (int i = size - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      return batches(order, batchSize);
    }
  }

  /**
   * With replacement, each example drawn with a probability proportional to its weight; the
   * weights may change with the epoch (progressive balancing).
   */
  abstract class Weighted implements BatchSampler {
    private final int size;
    private final int batchSize;
    private final long seed;

    Weighted(int size, int batchSize, long seed) {
      this.size = size;
      this.batchSize = batchSize;
      this.seed = seed;
    }

    /** Unnormalised sampling weight of every example in {@code epoch}. */
    abstract double[] weights(int epoch);

    @Override
    public int[][] epoch(int epoch) {
      double[] w = weights(epoch);
      double[] cumulative = new double[size];
      double acc = 0;
      for (int i = 0; i < size; i++) {
        acc += w[i];
        cumulative[i] = acc;
      }
      SplittableRandom r = random(seed, epoch);
      int[] order = new int[size];
      for (int i = 0; i < size; i++) {
        int k = java.util.Arrays.binarySearch(cumulative, r.nextDouble() * acc);
        order[i] = Math.min(size - 1, k >= 0 ? k : -k - 1);
      }
      return batches(order, batchSize);
    }
  }

  /**
   * {@code n_c^-q} per example of class c in one single-label task (q = 1 class-balanced, q = 1/2
   * square-root); examples not labelled for the task get the mean weight.
   */
  static double[] classPowerWeights(TrainingSet data, int task, double q) {
    if (task < 0 || data.tasks().get(task).kind() != dev.ballast.data.TaskKind.SINGLE_LABEL) {
      throw new IllegalArgumentException("class-aware sampling needs a single-label task to "
          + "balance, got task index " + task);
    }
    long[] counts = data.classCounts(task);
    double[] w = new double[data.size()];
    double sum = 0;
    int labelled = 0;
    for (int i = 0; i < w.length; i++) {
      if (data.targets()[i][task] instanceof Target.Single s && !s.isMissing()) {
        w[i] = Math.pow(counts[s.classIndex()], -q);
        sum += w[i];
        labelled++;
      }
    }
    double mean = labelled > 0 ? sum / labelled : 1;
    for (int i = 0; i < w.length; i++) {
      w[i] = w[i] > 0 ? w[i] : mean;
    }
    return w;
  }

  /** Probability of an example proportional to {@code n_c^-q} of its class in one task. */
  final class ClassPower extends Weighted {
    private final double[] weights;

    ClassPower(TrainingSet data, int batchSize, long seed, int task, double q) {
      super(data.size(), batchSize, seed);
      this.weights = classPowerWeights(data, task, q);
    }

    @Override
    double[] weights(int epoch) {
      return weights;
    }
  }

  /**
   * Progressively balanced (Kang et al. 2020): the class-balanced share grows linearly from 0 in
   * epoch 1 to 1 at {@code epochs}: {@code p(t) = (1 - t/T) p_instance + (t/T) p_balanced}.
   */
  final class Progressive extends Weighted {
    private final double[] balanced;
    private final int epochs;

    Progressive(TrainingSet data, int batchSize, long seed, int task, int epochs) {
      super(data.size(), batchSize, seed);
      double[] w = classPowerWeights(data, task, 1);
      double total = java.util.Arrays.stream(w).sum();
      for (int i = 0; i < w.length; i++) {
        w[i] /= total;
      }
      this.balanced = w;
      this.epochs = Math.max(1, epochs);
    }

    @Override
    double[] weights(int epoch) {
      double a = Math.min(1, (epoch - 1) / (double) epochs);
      double[] w = new double[balanced.length];
      for (int i = 0; i < w.length; i++) {
        w[i] = (1 - a) / w.length + a * balanced[i];
      }
      return w;
    }
  }

  /**
   * Multi-task: the weight of an example is that of the rarest label it carries over every
   * single-label task, {@code max_t N_t / (K_t n_{t,c})} (how under-represented its rarest label is).
   */
  final class RarestLabel extends Weighted {
    private final double[] weights;

    RarestLabel(TrainingSet data, int batchSize, long seed) {
      super(data.size(), batchSize, seed);
      double[] w = new double[data.size()];
      for (int t = 0; t < data.tasks().size(); t++) {
        if (data.tasks().get(t).kind() != dev.ballast.data.TaskKind.SINGLE_LABEL) {
          continue;
        }
        long[] counts = data.classCounts(t);
        double labelled = data.labelled(t);
        for (int i = 0; i < w.length; i++) {
          if (data.targets()[i][t] instanceof Target.Single s && !s.isMissing()) {
            w[i] = Math.max(w[i], labelled / (counts.length * (double) counts[s.classIndex()]));
          }
        }
      }
      for (int i = 0; i < w.length; i++) {
        w[i] = w[i] > 0 ? w[i] : 1;
      }
      this.weights = w;
    }

    @Override
    double[] weights(int epoch) {
      return weights;
    }
  }
}
