package dev.ballast.paralinguistics;

/**
 * Peaks, valleys and the slopes between them, found the way openSMILE's Peaks2 functional finds
 * them so that {@code meanRisingSlope}, {@code loudnessPeaksPerSec} etc. are comparable: every
 * strict local extreme (ignoring the first and last two frames) is a candidate; candidates whose
 * rise or fall is below {@code threshold} (a fraction of the contour's range) are dropped, and of
 * two extremes of the same kind in a row only the more extreme one stays. Slopes run from the
 * first frame to the first extreme, between extremes, and from the last extreme to the last frame.
 *
 * @param peaks number of peaks kept
 * @param meanRising mean rising slope, units per second
 * @param stdRising spread of the rising slopes between extremes
 * @param meanFalling mean falling slope, units per second (positive for a fall)
 * @param stdFalling spread of the falling slopes between extremes
 */
record ContourPeaks(int peaks, double meanRising, double stdRising, double meanFalling,
    double stdFalling) {

  /** Peaks2 discards a peak only when it is not 5 % above the last one kept. */
  private static final double PEAK_REPLACE_RATIO = 1.05;

  static ContourPeaks of(double[] x, double relThreshold, double stepSec) {
    int n = x.length;
    if (n == 0) {
      return new ContourPeaks(0, 0, 0, 0, 0);
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    double thr = relThreshold * (hi - lo);
    int[] at = new int[Math.max(0, n)];
    boolean[] isMax = new boolean[at.length];
    int m = 0;
    for (int i = 2; i < n - 2; i++) {
      if (x[i] > x[i - 1] && x[i] > x[i + 1]) {
        at[m] = i;
        isMax[m++] = true;
      } else if (x[i] < x[i - 1] && x[i] < x[i + 1]) {
        at[m] = i;
        isMax[m++] = false;
      }
    }
    boolean[] alive = new boolean[m];
    java.util.Arrays.fill(alive, true);
    dropSmallRises(x, at, isMax, alive, thr);
    dropShallowValleys(x, at, isMax, alive, thr);
    keepExtremeOfRuns(x, at, isMax, alive);
    int peaks = 0;
    for (int k = 0; k < m; k++) {
      peaks += alive[k] && isMax[k] ? 1 : 0;
    }
    return slopes(x, at, isMax, alive, peaks, stepSec);
  }

  /** Maxima that rise less than the threshold above their predecessor and the last valley go. */
  private static void dropSmallRises(double[] x, int[] at, boolean[] isMax, boolean[] alive,
      double thr) {
    double lastVal = x[0];
    double lastMin = x[0];
    double lastMax = x[0];
    int lastMaxK = -1;
    boolean afterValley = false;
    for (int k = 0; k < alive.length; k++) {
      double y = x[at[k]];
      if (isMax[k]) {
        if (Math.abs(y - lastVal) < thr) {
          if (y - lastMin < thr) {
            alive[k] = false;
          } else if (y > lastMax * PEAK_REPLACE_RATIO) {
            if (lastMaxK >= 0) {
              alive[lastMaxK] = false;
            }
            lastMax = y;
            lastMaxK = k;
          } else if (afterValley) {
            lastMax = y;
            lastMaxK = k;
          } else {
            alive[k] = false;
          }
        } else {
          lastMax = y;
          lastMaxK = k;
        }
        afterValley = false;
      } else if (Math.abs(y - lastVal) >= thr) {
        afterValley = true;
        lastMin = y;
      }
      // The previous candidate's value counts even when that candidate was dropped.
      lastVal = y;
    }
  }

  /** Minima less than the threshold below the last maximum go. */
  private static void dropShallowValleys(double[] x, int[] at, boolean[] isMax, boolean[] alive,
      double thr) {
    double lastMax = x[0];
    for (int k = 0; k < alive.length; k++) {
      if (!alive[k]) {
        continue;
      }
      if (isMax[k]) {
        lastMax = x[at[k]];
      } else if (lastMax - x[at[k]] < thr) {
        alive[k] = false;
      }
    }
  }

  /** Of consecutive maxima (minima) only the highest (lowest), the earliest on ties, stays. */
  private static void keepExtremeOfRuns(double[] x, int[] at, boolean[] isMax, boolean[] alive) {
    int last = -1;
    for (int k = 0; k < alive.length; k++) {
      if (!alive[k]) {
        continue;
      }
      if (last < 0 || isMax[last] != isMax[k]) {
        last = k;
        continue;
      }
      double y = x[at[k]];
      double prev = x[at[last]];
      boolean better = isMax[k] ? y > prev : y < prev;
      if (better) {
        alive[last] = false;
        last = k;
      } else {
        alive[k] = false;
      }
    }
  }

  private static ContourPeaks slopes(double[] x, int[] at, boolean[] isMax, boolean[] alive,
      int peaks, double stepSec) {
    int n = x.length;
    double[] rising = new double[alive.length + 1];
    double[] falling = new double[alive.length + 1];
    int nr = 0;
    int nf = 0;
    double lastMax = x[0];
    double lastMin = x[0];
    int lastMaxPos = 0;
    int lastMinPos = 0;
    int lastKind = -1; // -1 none yet, 0 valley, 1 peak
    for (int k = 0; k < alive.length; k++) {
      if (!alive[k]) {
        continue;
      }
      if (isMax[k]) {
        lastMax = x[at[k]];
        lastMaxPos = at[k];
        if (lastMaxPos > lastMinPos) {
          rising[nr++] = (lastMax - lastMin) / ((lastMaxPos - lastMinPos) * stepSec);
          lastKind = 1;
        }
      } else {
        lastMin = x[at[k]];
        lastMinPos = at[k];
        if (lastMinPos > lastMaxPos) {
          falling[nf++] = (lastMax - lastMin) / ((lastMinPos - lastMaxPos) * stepSec);
          lastKind = 0;
        }
      }
    }
    int innerRising = nr;
    int innerFalling = nf;
    // The run from the last extreme to the end counts too, signed as the contour moves (Peaks2
    // adds end - peak, a negative number, to the falling slopes).
    if (lastKind == 1 && n - 1 > lastMaxPos) {
      falling[nf++] = (x[n - 1] - lastMax) / ((n - 1 - lastMaxPos) * stepSec);
    } else if (lastKind == 0 && n - 1 > lastMinPos) {
      rising[nr++] = (x[n - 1] - lastMin) / ((n - 1 - lastMinPos) * stepSec);
    } else if (lastKind == -1) {
      // No extremes: one overall slope, per frame rather than per second as Peaks2 has it.
      double s = (x[n - 1] - x[0]) / n;
      if (s > 0) {
        rising[nr++] = s;
      } else if (s < 0) {
        falling[nf++] = s;
      }
    }
    double meanR = mean(rising, nr);
    double meanF = mean(falling, nf);
    return new ContourPeaks(peaks, meanR, spread(rising, innerRising, nr, meanR), meanF,
        spread(falling, innerFalling, nf, meanF));
  }

  private static double mean(double[] v, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += v[i];
    }
    return n > 0 ? s / n : 0;
  }

  /** Deviation of the first {@code inner} values about {@code mean}, over all {@code n}. */
  private static double spread(double[] v, int inner, int n, double mean) {
    double s = 0;
    for (int i = 0; i < inner; i++) {
      s += (v[i] - mean) * (v[i] - mean);
    }
    return n > 0 ? Math.sqrt(s / n) : 0;
  }
}
