package dev.ballast.paralinguistics;

/**
 * Local jitter and shimmer (dB) per pitch frame, with the period marking openSMILE's eGeMAPS uses.
 * The waveform is walked period by period, continuing from the last period boundary of the
 * previous frame: each next period length is the strongest local maximum of the mean-removed
 * correlation between a stretch of L samples and the following L samples, L within
 * {@value #SEARCH_RANGE} of the frame's F0 period, refined by a parabola. A period counts when that
 * correlation exceeds {@value #MIN_CORRELATION}. Jitter is the mean absolute change between
 * consecutive counted periods (also across frame borders) over the mean period; shimmer is
 * 20 log10(1 + mean |A1 - A0| / mean (A0 + A1) / 2) over the peak-to-peak amplitudes of each
 * period and the one after it. A voiced frame without a counted period repeats the previous
 * frame's values; both are capped at 1 (before the dB conversion) and are 0 for unvoiced frames.
 */
final class PeriodPerturbation {
  static final double SEARCH_RANGE = 0.1;
  static final double MIN_CORRELATION = 0.5;

  private PeriodPerturbation() {}

  /**
   * @param x samples at {@code rateHz}
   * @param f0Hz per frame of {@link ShsPitchTracker} at that rate, 0 for unvoiced
   * @param jitter output per frame (fraction)
   * @param shimmerDb output per frame (dB)
   */
  static void compute(float[] x, int rateHz, double[] f0Hz, float[] jitter, float[] shimmerDb) {
    int hop = ShsPitchTracker.hopSamples(rateHz);
    int frameLen = ShsPitchTracker.frameSamples(rateHz);
    long base = 0; // first sample not yet consumed by a period
    int carried = 0;
    double lastPeriod = 0;
    double lastJitter = 0;
    double lastShimmer = 0;
    double[] cc = new double[0];
    for (int t = 0; t < f0Hz.length; t++) {
      int blockStep = hop + carried;
      if (!(f0Hz[t] > 0)) {
        base += blockStep;
        carried = 0;
        lastPeriod = 0;
        lastJitter = 0;
        lastShimmer = 0;
        continue;
      }
      double tf = rateHz / f0Hz[t];
      int t0 = (int) Math.round(tf);
      int lo = (int) Math.floor((1 - SEARCH_RANGE) * tf);
      int hi = (int) Math.ceil((1 + SEARCH_RANGE) * tf);
      int read = Math.min(Math.max(blockStep, 2 * hi + 2), carried + frameLen);
      int n = (int) Math.max(0, Math.min(read, x.length - base));
      if (cc.length < hi - lo + 1) {
        cc = new double[hi - lo + 1];
      }
      int start = 0;
      int consumed = 0;
      double sumPeriod = 0;
      int periods = 0;
      double sumDiff = 0;
      int diffs = 0;
      double sumAmp = 0;
      double sumAmpDiff = 0;
      while (start < n - 2 * hi - 1) {
        int at = (int) base + start;
        correlations(x, at, lo, hi, cc);
        int best = -1;
        for (int i = 1; i < hi - lo - 1; i++) {
          if (cc[i - 1] < cc[i] && cc[i] > cc[i + 1] && (best < 0 || cc[i] > cc[best])) {
            best = i;
          }
        }
        if (best < 0) {
          start += t0;
        } else {
          int len = lo + best;
          double a0 = peakToPeak(x, at, len);
          double a1 = peakToPeak(x, at + len, len);
          start += len;
          double l = cc[best - 1];
          double m = cc[best];
          double r = cc[best + 1];
          double delta = PeakParabola.offset(l, m, r);
          double height = PeakParabola.height(l, m, r);
          if (height > MIN_CORRELATION) {
            double period = Math.abs(lo + best + delta) / rateHz;
            sumPeriod += period;
            periods++;
            if (lastPeriod > 0) {
              sumDiff += Math.abs(lastPeriod - period);
              diffs++;
            }
            lastPeriod = period;
            sumAmp += (a0 + a1) / 2;
            sumAmpDiff += Math.abs(a0 - a1);
          }
        }
        if (start < blockStep - 1) {
          consumed = start;
        }
      }
      carried = blockStep - consumed;
      base += consumed;
      if (periods > 0) {
        if (diffs > 0) {
          lastJitter = sumDiff / diffs / (sumPeriod / periods);
          jitter[t] = (float) Math.min(1, lastJitter);
        }
        lastShimmer = sumAmp > 0 ? sumAmpDiff / sumAmp : 0;
      } else {
        jitter[t] = (float) Math.min(1, lastJitter);
      }
      shimmerDb[t] = (float) (20 * Math.log10(Math.min(1, lastShimmer) + 1));
    }
  }

  /**
   * cc[len - lo] = Pearson correlation of x[at, at + len) with x[at + len, at + 2 len) for len in
   * [lo, hi]; NaN for a constant stretch. The window sums are updated as len grows.
   */
  private static void correlations(float[] x, int at, int lo, int hi, double[] cc) {
    double sa = 0;
    double saa = 0;
    double sb = 0;
    double sbb = 0;
    for (int i = 0; i < lo; i++) {
      double u = x[at + i];
      double v = x[at + lo + i];
      sa += u;
      saa += u * u;
      sb += v;
      sbb += v * v;
    }
    for (int len = lo; len <= hi; len++) {
      if (len > lo) {
        double moved = x[at + len - 1]; // leaves the second stretch, joins the first
        sa += moved;
        saa += moved * moved;
        sb -= moved;
        sbb -= moved * moved;
        double in1 = x[at + 2 * len - 2];
        double in2 = x[at + 2 * len - 1];
        sb += in1 + in2;
        sbb += in1 * in1 + in2 * in2;
      }
      double ab = 0;
      int b = at + len;
      for (int i = 0; i < len; i++) {
        ab += x[at + i] * (double) x[b + i];
      }
      double va = Math.max(0, saa - sa * sa / len);
      double vb = Math.max(0, sbb - sb * sb / len);
      cc[len - lo] = (ab - sa * sb / len) / (Math.sqrt(va) * Math.sqrt(vb));
    }
  }

  /** Peak-to-peak amplitude of x[from + 1, from + n - 1) (the end samples are left out). */
  private static double peakToPeak(float[] x, int from, int n) {
    double max = x[from + 1];
    double min = max;
    for (int i = from + 1; i < from + n - 1; i++) {
      max = Math.max(max, x[i]);
      min = Math.min(min, x[i]);
    }
    return max - min;
  }
}
