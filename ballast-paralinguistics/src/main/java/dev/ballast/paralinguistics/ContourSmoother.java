package dev.ballast.paralinguistics;

/**
 * Three-frame centred moving averages of a contour, as openSMILE's {@code sma3} suffixes mean. At
 * either end the missing neighbour is the end frame itself, as openSMILE's smoother sees it, so the
 * first frame becomes (2 x0 + x1) / 3.
 */
final class ContourSmoother {
  private ContourSmoother() {}

  /** {@code sma3}: the mean of each frame and its two neighbours. */
  static float[] sma3(float[] x) {
    int n = x.length;
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      double previous = x[Math.max(0, i - 1)];
      double next = x[Math.min(n - 1, i + 1)];
      y[i] = (float) ((previous + x[i] + next) / 3);
    }
    return y;
  }

  /**
   * {@code sma3nz}: frames where {@code active} is false keep {@code inactiveValue}; active frames
   * become the mean of the active frames among themselves and their two neighbours.
   */
  static float[] sma3nz(float[] x, boolean[] active, float inactiveValue) {
    int n = x.length;
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      if (!active[i]) {
        y[i] = inactiveValue;
        continue;
      }
      double s = x[i];
      int c = 1;
      int previous = Math.max(0, i - 1);
      int next = Math.min(n - 1, i + 1);
      if (active[previous]) {
        s += x[previous];
        c++;
      }
      if (active[next]) {
        s += x[next];
        c++;
      }
      y[i] = (float) (s / c);
    }
    return y;
  }
}
