package dev.ballast.paralinguistics;

/**
 * Local jitter and shimmer (dB) per frame from glottal periods marked in the waveform: within each
 * run of voiced frames, successive periods are found by maximising the normalised cross-correlation
 * of one period with the next, the length searched within {@value #SEARCH_RANGE} of the frame's
 * F0 period. A frame's jitter is the mean absolute difference of consecutive period lengths over
 * the mean period, its shimmer the mean absolute dB ratio of consecutive peak-to-peak amplitudes,
 * over the periods that lie inside its analysis window (period boundaries snapped to the nearest
 * upward zero crossing, interpolated between samples); frames with fewer than two periods get 0.
 */
final class JitterShimmer {
  static final double SEARCH_RANGE = 0.1;
  static final double MIN_CORRELATION = 0.5;

  private JitterShimmer() {}

  /**
   * @param f0Hz per frame, 0 for unvoiced
   * @param jitter output per frame (fraction)
   * @param shimmerDb output per frame (dB)
   */
  static void compute(float[] x, int sampleRateHz, int hopSamples, int frameSamples, double[] f0Hz,
      float[] jitter, float[] shimmerDb) {
    int frames = f0Hz.length;
    int[] start = new int[64];
    double[] length = new double[64];
    double[] amp = new double[64];
    boolean[] linked = new boolean[64];
    int t = 0;
    while (t < frames) {
      if (f0Hz[t] <= 0) {
        t++;
        continue;
      }
      int runEnd = t;
      while (runEnd + 1 < frames && f0Hz[runEnd + 1] > 0) {
        runEnd++;
      }
      int from = t * hopSamples;
      int to = Math.min(x.length, runEnd * hopSamples + frameSamples);
      int n = 0;
      double exact = snap(x, from, from, from + 2 * sampleRateHz / (int) f0Hz[t] + 1);
      boolean chained = false;
      while (true) {
        int pos = (int) Math.round(exact);
        int frame = Math.min(runEnd, Math.max(t, (pos - frameSamples / 2) / hopSamples));
        int period = (int) Math.round(sampleRateHz / f0Hz[frame]);
        int lo = Math.max(2, (int) Math.floor(period * (1 - SEARCH_RANGE)));
        int hi = (int) Math.ceil(period * (1 + SEARCH_RANGE));
        if (pos + hi + period + 2 > to) {
          break;
        }
        int best = -1;
        double bestC = -2;
        double aa = energy(x, pos, period);
        double bb = energy(x, pos + lo, period);
        for (int lag = lo; lag <= hi; lag++) {
          double den = Math.sqrt(aa * bb);
          double c = den > 0 ? dot(x, pos, pos + lag, period) / den : 0;
          if (c > bestC) {
            bestC = c;
            best = lag;
          }
          // Slide the energy of the second period by one sample.
          double out = x[pos + lag];
          double in = x[pos + lag + period];
          bb = Math.max(0, bb - out * out + in * in);
        }
        if (n == start.length) {
          start = java.util.Arrays.copyOf(start, 2 * n);
          length = java.util.Arrays.copyOf(length, 2 * n);
          amp = java.util.Arrays.copyOf(amp, 2 * n);
          linked = java.util.Arrays.copyOf(linked, 2 * n);
        }
        int reach = Math.max(1, (int) Math.round(SEARCH_RANGE * period));
        double next = snap(x, exact + best, pos + best - reach, pos + best + reach);
        if (bestC >= MIN_CORRELATION && next > exact + 1) {
          start[n] = pos;
          length[n] = next - exact;
          amp[n] = peakToPeak(x, pos, (int) Math.round(next) - pos);
          linked[n] = chained;
          n++;
          chained = true;
        } else {
          chained = false;
        }
        exact = next > exact + 1 ? next : exact + period;
      }
      assign(start, length, amp, linked, n, t, runEnd, hopSamples, frameSamples, jitter, shimmerDb);
      t = runEnd + 1;
    }
  }

  private static void assign(int[] start, double[] length, double[] amp, boolean[] linked, int n,
      int first, int last, int hop, int frameSamples, float[] jitter, float[] shimmerDb) {
    int p0 = 0;
    for (int f = first; f <= last; f++) {
      int a = f * hop;
      int b = a + frameSamples;
      while (p0 < n && start[p0] < a) {
        p0++;
      }
      double sumDiff = 0;
      double sumLen = 0;
      double sumShim = 0;
      int pairs = 0;
      int count = 0;
      for (int p = p0; p < n && start[p] + length[p] <= b; p++) {
        sumLen += length[p];
        count++;
        if (p > p0 && linked[p]) {
          sumDiff += Math.abs(length[p] - length[p - 1]);
          sumShim += Math.abs(20 * Math.log10(Math.max(amp[p], 1e-10) / Math.max(amp[p - 1], 1e-10)));
          pairs++;
        }
      }
      if (pairs > 0) {
        jitter[f] = (float) (sumDiff / pairs / (sumLen / count));
        shimmerDb[f] = (float) (sumShim / pairs);
      }
    }
  }

  /**
   * The upward zero crossing (interpolated) nearest {@code guess} in {@code [lo, hi]}, so that
   * period boundaries sit at the same phase of every cycle; {@code guess} itself if there is none.
   */
  private static double snap(float[] x, double guess, int lo, int hi) {
    double best = guess;
    double bestDist = Double.POSITIVE_INFINITY;
    for (int i = Math.max(0, lo); i < Math.min(x.length - 1, hi); i++) {
      if (x[i] <= 0 && x[i + 1] > 0) {
        double at = i + x[i] / (double) (x[i] - x[i + 1]);
        double d = Math.abs(at - guess);
        if (d < bestDist) {
          bestDist = d;
          best = at;
        }
      }
    }
    return best;
  }

  private static double dot(float[] x, int a, int b, int n) {
    double ab = 0;
    for (int i = 0; i < n; i++) {
      ab += x[a + i] * (double) x[b + i];
    }
    return ab;
  }

  private static double energy(float[] x, int a, int n) {
    double e = 0;
    for (int i = 0; i < n; i++) {
      e += x[a + i] * (double) x[a + i];
    }
    return e;
  }

  private static double peakToPeak(float[] x, int from, int n) {
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (int i = from; i < from + n; i++) {
      max = Math.max(max, x[i]);
      min = Math.min(min, x[i]);
    }
    return max - min;
  }
}
