package dev.ballast.training.resampling;

import java.util.stream.IntStream;

/**
 * Brute-force Euclidean k nearest neighbours, {@code |a-b|^2 = |a|^2 + |b|^2 - 2 a.b} with the
 * squared norms computed once; fine for a few thousand rows of a few hundred dimensions.
 */
final class Neighbours {
  private Neighbours() {
  }

  /**
   * The {@code k} rows of {@code refs} nearest to each row of {@code queries}, never the query row
   * itself; ties go to the row listed first in {@code refs}.
   *
   * @param x {@code float[row][dim]}
   * @param queries row indices into {@code x}
   * @param refs row indices into {@code x}; at least {@code k} of them differ from each query
   * @return {@code int[query][k]} row indices into {@code x}, nearest first
   */
  static int[][] nearest(float[][] x, int[] queries, int[] refs, int k) {
    double[] norms = new double[x.length];
    for (int[] rows : new int[][] {queries, refs}) {
      for (int r : rows) {
        norms[r] = dot(x[r], x[r]);
      }
    }
    int[][] out = new int[queries.length][];
    // Each query is independent, so the parallel result equals the sequential one.
    IntStream.range(0, queries.length).parallel()
        .forEach(q -> out[q] = nearestTo(x, norms, queries[q], refs, k));
    return out;
  }

  private static int[] nearestTo(float[][] x, double[] norms, int query, int[] refs, int k) {
    int[] best = new int[k];
    double[] bestDist = new double[k];
    java.util.Arrays.fill(bestDist, Double.POSITIVE_INFINITY);
    int found = 0;
    float[] xq = x[query];
    for (int r : refs) {
      if (r == query) {
        continue;
      }
      double d = Math.max(0, norms[query] + norms[r] - 2 * dot(xq, x[r]));
      if (found == k && d >= bestDist[k - 1]) {
        continue;
      }
      int at = Math.min(found, k - 1);
      while (at > 0 && bestDist[at - 1] > d) {
        bestDist[at] = bestDist[at - 1];
        best[at] = best[at - 1];
        at--;
      }
      bestDist[at] = d;
      best[at] = r;
      found = Math.min(found + 1, k);
    }
    if (found < k) {
      throw new IllegalStateException("only " + found + " neighbours for row " + query
          + ", wanted " + k);
    }
    return best;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) {
      s += (double) a[d] * b[d];
    }
    return s;
  }
}
