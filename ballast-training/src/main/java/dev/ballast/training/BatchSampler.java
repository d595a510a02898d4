package dev.ballast.training;

import dev.ballast.data.Target;
import java.util.SplittableRandom;

/** Draws one epoch of batches; the stream of each epoch derives from (seed, epoch) only. */
public interface BatchSampler {

  /** Index batches of epoch {@code epoch}. */
  int[][] epoch(int epoch);

  static BatchSampler create(SamplerKind kind, TrainingSet data, int batchSize, long seed) {
    return switch (kind) {
      case INSTANCE -> new Instance(data.size(), batchSize, seed);
      case CLASS_BALANCED -> new ClassBalanced(data, batchSize, seed);
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
   * With replacement, probability of an example proportional to {@code 1 / (K n_c)} of the rarest
   * single-label class it carries; examples without any single-label class get the mean weight.
   */
  final class ClassBalanced implements BatchSampler {
    private final double[] cumulative;
    private final int batchSize;
    private final long seed;

    ClassBalanced(TrainingSet data, int batchSize, long seed) {
      this.batchSize = batchSize;
      this.seed = seed;
      int n = data.size();
      double[] w = new double[n];
      long[][] counts = new long[data.tasks().size()][];
      for (int t = 0; t < counts.length; t++) {
        counts[t] = data.classCounts(t);
      }
      double sum = 0;
      int weighted = 0;
      for (int i = 0; i < n; i++) {
        for (int t = 0; t < counts.length; t++) {
          if (data.targets()[i][t] instanceof Target.Single s && !s.isMissing()) {
            w[i] = Math.max(w[i], 1.0 / (counts[t].length * (double) counts[t][s.classIndex()]));
          }
        }
        if (w[i] > 0) {
          sum += w[i];
          weighted++;
        }
      }
      double mean = weighted > 0 ? sum / weighted : 1;
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
