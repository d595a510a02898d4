package dev.ballast.training.decision;

import dev.ballast.data.Target;
import dev.ballast.heads.DenseLayer;
import dev.ballast.heads.Head;
import dev.ballast.heads.HeadKind;
import dev.ballast.heads.MultiTaskNetwork;
import dev.ballast.training.TrainingSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Classifier re-training, cRT (Kang et al. 2020): the trunk learnt with the recipe's sampling is
 * frozen, and each softmax head is re-initialised (to zero) and re-trained on the trunk's outputs
 * with class-balanced sampling. With the trunk frozen the head is a softmax regression, so it is
 * trained here in plain Java (mini-batch Adam, L2 weight decay) rather than through DJL: convex,
 * small, and deterministic for a seed. Each epoch draws as many examples as the task has labelled
 * ones, each draw a uniformly chosen class present in training, then a uniform example of it;
 * the stream of epoch {@code e} derives from (seed, e). Sigmoid heads are kept as trained.
 */
public final class ClassifierRetrainer {
  /** Adam step size; the problem is convex and small, so one fixed value serves. */
  public static final double LEARNING_RATE = 1e-2;

  private final int epochs;
  private final int batchSize;
  private final double weightDecay;
  private final long seed;

  public ClassifierRetrainer(int epochs, int batchSize, double weightDecay, long seed) {
    if (epochs < 1 || batchSize < 1 || !(weightDecay >= 0)) {
      throw new IllegalArgumentException("need epochs >= 1, batchSize >= 1, weightDecay >= 0; got "
          + epochs + ", " + batchSize + ", " + weightDecay);
    }
    this.epochs = epochs;
    this.batchSize = batchSize;
    this.weightDecay = weightDecay;
    this.seed = seed;
  }

  /** A new network: same trunk, softmax heads re-trained on {@code train} (standardised inputs). */
  public MultiTaskNetwork apply(MultiTaskNetwork network, TrainingSet train) {
    float[][] h = new float[train.size()][];
    for (int i = 0; i < h.length; i++) {
      h[i] = network.trunkOutput(train.x()[i]);
    }
    List<Head> heads = new ArrayList<>();
    for (int t = 0; t < network.heads().size(); t++) {
      Head head = network.heads().get(t);
      heads.add(head.kind() == HeadKind.SOFTMAX
          ? new Head(head.task(), head.kind(),
              retrain(h, train, taskIndex(train, head.task()), head.layer().outputs()))
          : head);
    }
    return new MultiTaskNetwork(network.trunk(), heads);
  }

  private static int taskIndex(TrainingSet train, String name) {
    for (int t = 0; t < train.tasks().size(); t++) {
      if (train.tasks().get(t).name().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("head " + name + " has no task in the training data; tasks: "
        + train.tasks().stream().map(x -> x.name()).toList());
  }

  private DenseLayer retrain(float[][] h, TrainingSet train, int task, int k) {
    List<List<Integer>> byClass = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      byClass.add(new ArrayList<>());
    }
    int labelled = 0;
    for (int i = 0; i < h.length; i++) {
      if (train.targets()[i][task] instanceof Target.Single s && !s.isMissing()) {
        byClass.get(s.classIndex()).add(i);
        labelled++;
      }
    }
    List<Integer> present = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      if (!byClass.get(c).isEmpty()) {
        present.add(c);
      }
    }
    int d = h.length == 0 ? 0 : h[0].length;
    Adam adam = new Adam(k, d);
    for (int epoch = 1; epoch <= epochs && labelled > 0; epoch++) {
      Random r = new Random(seed * 1_000_003L + epoch);
      for (int start = 0; start < labelled; start += batchSize) {
        int m = Math.min(batchSize, labelled - start);
        double[][] gw = new double[k][d];
        double[] gb = new double[k];
        for (int j = 0; j < m; j++) {
          int c = present.get(r.nextInt(present.size()));
          List<Integer> members = byClass.get(c);
          float[] x = h[members.get(r.nextInt(members.size()))];
          double[] p = adam.probabilities(x);
          for (int o = 0; o < k; o++) {
            double g = (p[o] - (o == c ? 1 : 0)) / m;
            gb[o] += g;
            for (int i = 0; i < d; i++) {
              gw[o][i] += g * x[i];
            }
          }
        }
        adam.step(gw, gb, weightDecay);
      }
    }
    return adam.layer();
  }

  /** Softmax-regression parameters with their Adam moments. */
  private static final class Adam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;
    private final double[][] w;
    private final double[] b;
    private final double[][] mw;
    private final double[][] vw;
    private final double[] mb;
    private final double[] vb;
    private int t;

    Adam(int k, int d) {
      w = new double[k][d];
      b = new double[k];
      mw = new double[k][d];
      vw = new double[k][d];
      mb = new double[k];
      vb = new double[k];
    }

    double[] probabilities(float[] x) {
      int k = b.length;
      double[] z = new double[k];
      double max = Double.NEGATIVE_INFINITY;
      for (int o = 0; o < k; o++) {
        double s = b[o];
        for (int i = 0; i < x.length; i++) {
          s += w[o][i] * x[i];
        }
        z[o] = s;
        max = Math.max(max, s);
      }
      double sum = 0;
      for (int o = 0; o < k; o++) {
        z[o] = Math.exp(z[o] - max);
        sum += z[o];
      }
      for (int o = 0; o < k; o++) {
        z[o] /= sum;
      }
      return z;
    }

    void step(double[][] gw, double[] gb, double weightDecay) {
      t++;
      double c1 = 1 - Math.pow(BETA1, t);
      double c2 = 1 - Math.pow(BETA2, t);
      for (int o = 0; o < b.length; o++) {
        for (int i = 0; i < w[o].length; i++) {
          double g = gw[o][i] + weightDecay * w[o][i];
          mw[o][i] = BETA1 * mw[o][i] + (1 - BETA1) * g;
          vw[o][i] = BETA2 * vw[o][i] + (1 - BETA2) * g * g;
          w[o][i] -= LEARNING_RATE * (mw[o][i] / c1) / (Math.sqrt(vw[o][i] / c2) + EPS);
        }
        mb[o] = BETA1 * mb[o] + (1 - BETA1) * gb[o];
        vb[o] = BETA2 * vb[o] + (1 - BETA2) * gb[o] * gb[o];
        b[o] -= LEARNING_RATE * (mb[o] / c1) / (Math.sqrt(vb[o] / c2) + EPS);
      }
    }

    DenseLayer layer() {
      float[][] fw = new float[w.length][w[0].length];
      float[] fb = new float[b.length];
      for (int o = 0; o < b.length; o++) {
        for (int i = 0; i < w[o].length; i++) {
          fw[o][i] = (float) w[o][i];
        }
        fb[o] = (float) b[o];
      }
      return new DenseLayer(fw, fb);
    }
  }
}
