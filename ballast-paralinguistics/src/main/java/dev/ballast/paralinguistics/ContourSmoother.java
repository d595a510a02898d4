package dev.ballast.paralinguistics;

/** Three-frame centred moving averages of a contour, as openSMILE's {@code sma3} suffixes mean. */
final class ContourSmoother {
  private ContourSmoother() {}

  /** {@code sma3}: the mean of each frame and its neighbours (two at the ends). */
  static float[] sma3(float[] x) {
    int n = x.length;
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      double s = x[i];
      int c = 1;
      if (i > 0) {
        s += x[i - 1];
        c++;
      }
      if (i + 1 < n) {
        s += x[i + 1];
        c++;
      }
      y[i] = (float) (s / c);
    }
    return y;
  }

  /**
   * {@code sma3nz}: frames where {@code active} is false keep {@code inactiveValue}; active frames
   * become the mean of the active frames among themselves and their neighbours.
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
      if (i > 0 && active[i - 1]) {
        s += x[i - 1];
        c++;
      }
      if (i + 1 < n && active[i + 1]) {
        s += x[i + 1];
        c++;
      }
      y[i] = (float) (s / c);
    }
    return y;
  }
}
