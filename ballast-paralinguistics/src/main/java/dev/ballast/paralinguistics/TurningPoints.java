package dev.ballast.paralinguistics;

import java.util.Arrays;

/**
 * Alternating peaks and valleys of a contour, found with hysteresis: a peak is confirmed once the
 * contour has fallen {@code delta} below it, a valley once it has risen {@code delta} above it, with
 * {@code delta} a fraction of the contour's range. Slopes between consecutive turning points give
 * the rising/falling slope functionals.
 *
 * @param index frame of each turning point, ascending
 * @param value contour value there
 * @param peak whether each is a peak (else a valley)
 */
record TurningPoints(int[] index, double[] value, boolean[] peak) {

  static TurningPoints of(double[] x, double rangeFraction) {
    int n = x.length;
    int[] idx = new int[n];
    double[] val = new double[n];
    boolean[] pk = new boolean[n];
    if (n == 0) {
      return new TurningPoints(idx, val, pk);
    }
    double lo = Arrays.stream(x).min().orElse(0);
    double hi = Arrays.stream(x).max().orElse(0);
    double delta = rangeFraction * (hi - lo);
    if (!(delta > 0)) {
      return new TurningPoints(new int[0], new double[0], new boolean[0]);
    }
    int count = 0;
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    int maxAt = 0;
    int minAt = 0;
    boolean lookingForPeak = true;
    for (int i = 0; i < n; i++) {
      if (x[i] > max) {
        max = x[i];
        maxAt = i;
      }
      if (x[i] < min) {
        min = x[i];
        minAt = i;
      }
      if (lookingForPeak && x[i] < max - delta) {
        idx[count] = maxAt;
        val[count] = max;
        pk[count++] = true;
        min = x[i];
        minAt = i;
        lookingForPeak = false;
      } else if (!lookingForPeak && x[i] > min + delta) {
        idx[count] = minAt;
        val[count] = min;
        pk[count++] = false;
        max = x[i];
        maxAt = i;
        lookingForPeak = true;
      }
    }
    // The unconfirmed extreme at the end counts when it is delta away from the last turning point.
    if (count > 0 && (lookingForPeak ? max > val[count - 1] + delta : min < val[count - 1] - delta)) {
      idx[count] = lookingForPeak ? maxAt : minAt;
      val[count] = lookingForPeak ? max : min;
      pk[count++] = lookingForPeak;
    }
    if (count == 0) {
      return new TurningPoints(new int[0], new double[0], new boolean[0]);
    }
    // Likewise the valley before the first peak (the detector starts by looking for a peak).
    int lowAt = 0;
    for (int i = 1; i <= idx[0]; i++) {
      if (x[i] < x[lowAt]) {
        lowAt = i;
      }
    }
    boolean prepend = pk[0] && x[lowAt] < val[0] - delta && lowAt < idx[0];
    int off = prepend ? 1 : 0;
    int[] ri = new int[count + off];
    double[] rv = new double[count + off];
    boolean[] rp = new boolean[count + off];
    if (prepend) {
      ri[0] = lowAt;
      rv[0] = x[lowAt];
    }
    System.arraycopy(idx, 0, ri, off, count);
    System.arraycopy(val, 0, rv, off, count);
    System.arraycopy(pk, 0, rp, off, count);
    return new TurningPoints(ri, rv, rp);
  }

  int peaks() {
    int c = 0;
    for (boolean p : peak) {
      c += p ? 1 : 0;
    }
    return c;
  }

  /** Absolute slopes (units per second) of the rises (valley to peak) or falls (peak to valley). */
  double[] slopes(double stepSec, boolean rising) {
    double[] out = new double[index.length];
    int n = 0;
    for (int i = 1; i < index.length; i++) {
      if (peak[i] == rising && index[i] > index[i - 1]) {
        out[n++] = Math.abs(value[i] - value[i - 1]) / ((index[i] - index[i - 1]) * stepSec);
      }
    }
    return Arrays.copyOf(out, n);
  }
}
