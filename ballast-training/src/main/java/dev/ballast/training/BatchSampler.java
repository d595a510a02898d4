package dev.ballast.training;

import dev.ballast.data.Target;
import java.util.SplittableRandom;

/** Draws one epoch of batches; the stream of each epoch derives from (seed, epoch) only. */
public interface BatchSampler {

  /** Index batches of epoch {@code epoch}. */
  int[][] epoch(int epoch);

  /**
   * @param balanceTask the single-label task a class-balanced sampler balances
   */
  static BatchSampler create(SamplerKind kind, TrainingSet data, int batchSize, long seed,
      int balanceTask) {
    return switch (kind) {
      case INSTANCE -> new Instance(data.size(), batchSize, seed);
      case CLASS_BALANCED -> new ClassBalanced(data, batchSize, seed, balanceTask);
    };
  }

  /** The single-label task with the most classes, or -1 if there is none. */
  static int defaultBalanceTask(java.util.List<dev.ballast.data.Task> tasks) {
    int best = -1;
    for (int t = 0; t < tasks.size(); t++) {
      if (tasks.get(t).kind() == dev.ballast.data.TaskKind.SINGLE_LABEL
          && (best < 0 || tasks.get(t).vocabulary().size() > tasks.get(best).vocabulary().size())) {
        best = t;
      }
    }
    return best;
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
   * With replacement, probability of an example proportional to {@code 1 / n_c} of its class in
   * the balanced task, so every class appears equally often in expectation; examples not labelled
   * for that task get the mean weight.
   */
  final class ClassBalanced implements BatchSampler {
    private final double[] cumulative;
    private final int batchSize;
    private final long seed;

    ClassBalanced(TrainingSet data, int batchSize, long seed, int task) {
      if (task < 0 || data.tasks().get(task).kind() != dev.ballast.data.TaskKind.SINGLE_LABEL) {
        throw new IllegalArgumentException("class-balanced sampling needs a single-label task to "
            + "balance, got task index " + task);
      }
      this.batchSize = batchSize;
      this.seed = seed;
      int n = data.size();
      long[] counts = data.classCounts(task);
      double[] w = new double[n];
      double sum = 0;
      int labelled = 0;
      for (int i = 0; i < n; i++) {
        if (data.targets()[i][task] instanceof Target.Single s && !s.isMissing()) {
          w[i] = 1.0 / counts[s.classIndex()];
          sum += w[i];
          labelled++;
        }
      }
      double mean = labelled > 0 ? sum / labelled : 1;
      cumulative = new double[n];
      double acc = 0;
      for (int i = 0; i < n; i++) {
        acc += w[i] > 0 ? w[i] : mean;
        cumulative[i] = acc;
      }
    }

    @Override
    public int[][] epoch(int epoch) {
      SplittableRandom r = random(seed, epoch);
      int[] order = new int[cumulative.length];
      double total = cumulative[cumulative.length - 1];
      for (int i = 0; i < order.length; i++) {
        int k = java.util.Arrays.binarySearch(cumulative, r.nextDouble() * total);
        order[i] = Math.min(cumulative.length - 1, k >= 0 ? k : -k - 1);
      }
      return batches(order, batchSize);
    }
  }
}
