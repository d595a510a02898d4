package dev.ballast.training.resampling;

import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import dev.ballast.training.TrainingSet;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Small training sets with three tasks: "main" (big/mid/rare), "side" (x/y), "tags" (t1..t3). */
final class Fixtures {
  static final int BIG = 0;
  static final int MID = 1;
  static final int RARE = 2;
  static final int MAIN = 0;
  static final int SIDE = 1;
  static final int TAGS = 2;
  static final List<Task> TASKS = List.of(
      new Task("main", TaskKind.SINGLE_LABEL, new LabelVocabulary(List.of("big", "mid", "rare"))),
      new Task("side", TaskKind.SINGLE_LABEL, new LabelVocabulary(List.of("x", "y"))),
      new Task("tags", TaskKind.MULTI_LABEL, new LabelVocabulary(List.of("t1", "t2", "t3"))));

  private Fixtures() {
  }

  static float[] p(double... v) {
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) v[i];
    }
    return out;
  }

  /**
   * Rows with the given "main" classes (MISSING = unlabelled); "side" is {@code i % 2} and "tags"
   * a pattern of {@code i}, so copied targets can be traced.
   */
  static TrainingSet set(float[][] x, int[] main) {
    Target[][] t = new Target[x.length][];
    for (int i = 0; i < x.length; i++) {
      t[i] = new Target[] {new Target.Single(main[i]), new Target.Single(i % 2),
          new Target.Multi(new boolean[] {i % 2 == 0, i % 3 == 0, i % 7 == 0})};
    }
    return new TrainingSet(TASKS, x, t);
  }

  /**
   * Overlapping Gaussian blobs in {@code dim} dimensions, {@code perClass[c]} rows of class c,
   * then {@code unlabelled} rows with "main" missing, shuffled together.
   */
  static TrainingSet blobs(int[] perClass, int unlabelled, int dim, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = Arrays.stream(perClass).sum() + unlabelled;
    int[] main = new int[n];
    int i = 0;
    for (int c = 0; c < perClass.length; c++) {
      for (int k = 0; k < perClass[c]; k++) {
        main[i++] = c;
      }
    }
    while (i < n) {
      main[i++] = Target.Single.MISSING;
    }
    for (int j = n - 1; j > 0; j--) {
      int s = r.nextInt(j + 1);
      int t = main[j];
      main[j] = main[s];
      main[s] = t;
    }
    float[][] x = new float[n][dim];
    for (int j = 0; j < n; j++) {
      for (int d = 0; d < dim; d++) {
        double shift = main[j] >= 0 && d == main[j] % dim ? 1.5 : 0;
        x[j][d] = (float) (gaussian(r) + shift);
      }
    }
    return set(x, main);
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
  }

  static int classOf(TrainingSet s, int row, int task) {
    return ((Target.Single) s.targets()[row][task]).classIndex();
  }

  static long[] mainCounts(TrainingSet s) {
    return s.classCounts(MAIN);
  }

  static double dist2(float[] a, float[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) {
      double e = (double) a[d] - b[d];
      s += e * e;
    }
    return s;
  }

  /** Indices of {@code candidates} sorted by distance to row {@code q}, q itself excluded. */
  static int[] byDistance(float[][] x, int q, int[] candidates) {
    return Arrays.stream(candidates).filter(c -> c != q).boxed()
        .sorted((a, b) -> Double.compare(dist2(x[q], x[a]), dist2(x[q], x[b])))
        .mapToInt(Integer::intValue).toArray();
  }

  /** Rows whose "main" class is {@code c}. */
  static int[] rowsOf(TrainingSet s, int c) {
    return java.util.stream.IntStream.range(0, s.size())
        .filter(i -> classOf(s, i, MAIN) == c).toArray();
  }

  /**
   * The scalar u with {@code v = a + u (b - a)}, asserting that v lies on that segment to within
   * {@code 1e-5} in every dimension.
   */
  static double segmentParameter(float[] a, float[] b, float[] v) {
    double num = 0;
    double den = 0;
    for (int d = 0; d < a.length; d++) {
      num += ((double) v[d] - a[d]) * ((double) b[d] - a[d]);
      den += ((double) b[d] - a[d]) * ((double) b[d] - a[d]);
    }
    double u = den == 0 ? 0 : num / den;
    for (int d = 0; d < a.length; d++) {
      double expected = a[d] + u * ((double) b[d] - a[d]);
      if (Math.abs(expected - v[d]) > 1e-5) {
        throw new AssertionError("not collinear in dim " + d + ": " + v[d] + " vs " + expected);
      }
    }
    if (u < -1e-6 || u > 1 + 1e-6) {
      throw new AssertionError("u = " + u + " outside [0, 1]");
    }
    return u;
  }
}
