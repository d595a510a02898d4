package dev.ballast.paralinguistics;

/**
 * Chooses one pitch candidate or "unvoiced" per frame by minimum-cost path search, with the cost
 * terms and weights openSMILE's eGeMAPS pitch smoother uses, so that voicing decisions match:
 *
 * <ul>
 *   <li>voiced state: 2 (-ln v + (v below 0.7 ? 4 : 0)) + a frequency-range cost (0 for 100-350 Hz,
 *       rising linearly below and above, 1.2 from 600 Hz, 2 for an empty candidate), v being the
 *       candidate's voicing clipped to [0.01, 1];
 *   <li>unvoiced state: 8 if any candidate's voicing reaches 0.7, else 0;
 *   <li>voiced to voiced: 10 |r| + 10 |r - r'|, r the log frequency ratio and r' the ratio of the
 *       transition evaluated just before (openSMILE keeps one running value, not one per path);
 *       999 into or out of an empty candidate;
 *   <li>voiced/unvoiced change: 10; unvoiced to unvoiced: 1.
 * </ul>
 *
 * Decisions are made as openSMILE makes them online: a frame is fixed once all paths agree on it,
 * or, if they still disagree {@link #LOOKAHEAD_FRAMES} frames later, by the then cheapest path.
 */
final class PitchViterbi {
  static final int LOOKAHEAD_FRAMES = 40;
  static final double VOICING_CUTOFF = 0.7;
  private static final double W_LOCAL = 2;
  private static final double W_THRESHOLD = 4;
  private static final double W_RANGE = 1;
  private static final double W_VOICED_VOICED = 10;
  private static final double W_DELTA = 10;
  private static final double W_VOICED_UNVOICED = 10;
  private static final double W_UNVOICED_UNVOICED = 1;
  private static final double EMPTY_CANDIDATE = 999;

  private PitchViterbi() {}

  /**
   * The chosen candidate per frame, {@code candidates} ({@link SubharmonicSummation#CANDIDATES})
   * meaning unvoiced. Layouts: {@code f0Hz[frame * candidates + c]}, likewise {@code voicing}.
   */
  static int[] decode(double[] f0Hz, double[] voicing, int frames, int candidates) {
    int states = candidates + 1;
    int unvoiced = candidates;
    int[] decided = new int[frames];
    if (frames == 0) {
      return decided;
    }
    byte[] back = new byte[frames * states];
    double[] cost = new double[states];
    double[] next = new double[states];
    int[] trace = new int[states * (LOOKAHEAD_FRAMES + 1)];
    double lastChange = 1;
    for (int s = 0; s < states; s++) {
      cost[s] = local(f0Hz, voicing, 0, s, candidates);
    }
    int converged = -1;
    for (int t = 1; t < frames; t++) {
      int cur = t * candidates;
      int prev = cur - candidates;
      for (int i = 0; i < states; i++) {
        double best = 0;
        int arg = 0;
        for (int j = 0; j < states; j++) {
          double tc;
          if (i < unvoiced && j < unvoiced) {
            double f1 = f0Hz[cur + i];
            double f0 = f0Hz[prev + j];
            if (f0 == 0 || f1 == 0) {
              tc = EMPTY_CANDIDATE;
            } else {
              double r = Math.log(f1 / f0);
              tc = W_VOICED_VOICED * Math.abs(r) + W_DELTA * Math.abs(r - lastChange);
              lastChange = r;
            }
          } else if (i == unvoiced && j == unvoiced) {
            tc = W_UNVOICED_UNVOICED;
          } else {
            lastChange = 0;
            tc = W_VOICED_UNVOICED;
          }
          double v = tc + cost[j];
          if (j == 0 || v < best) {
            best = v;
            arg = j;
          }
        }
        next[i] = best + local(f0Hz, voicing, t, i, candidates);
        back[t * states + i] = (byte) arg;
      }
      double[] swap = cost;
      cost = next;
      next = swap;

      if (t + 1 - converged > LOOKAHEAD_FRAMES) {
        converged++;
        decided[converged] = traceBack(back, states, t, argmin(cost), converged);
        continue;
      }
      int span = LOOKAHEAD_FRAMES + 1;
      for (int s = 0; s < states; s++) {
        int state = s;
        for (int u = t; u > converged; u--) {
          trace[s * span + (u - converged - 1)] = state;
          state = back[u * states + state];
        }
      }
      int first = converged + 1;
      for (int u = first; u <= t; u++) {
        int x = trace[u - first];
        for (int s = 1; s < states; s++) {
          if (trace[s * span + (u - first)] != x) {
            x = -1;
            break;
          }
        }
        if (x < 0) {
          break;
        }
        decided[u] = x;
        converged = u;
      }
    }
    int end = argmin(cost);
    int state = end;
    for (int u = frames - 1; u > converged; u--) {
      decided[u] = state;
      state = back[u * states + state];
    }
    return decided;
  }

  private static int traceBack(byte[] back, int states, int from, int state, int to) {
    for (int u = from; u > to; u--) {
      state = back[u * states + state];
    }
    return state;
  }

  private static int argmin(double[] cost) {
    int a = 0;
    for (int i = 1; i < cost.length; i++) {
      if (cost[i] < cost[a]) {
        a = i;
      }
    }
    return a;
  }

  private static double local(double[] f0Hz, double[] voicing, int t, int s, int candidates) {
    int base = t * candidates;
    if (s < candidates) {
      double v = Math.min(1, Math.max(0.01, voicing[base + s]));
      double thr = v < VOICING_CUTOFF ? W_THRESHOLD : 0;
      return (-Math.log(v) + thr) * W_LOCAL + W_RANGE * rangeCost(f0Hz[base + s]);
    }
    for (int c = 0; c < candidates; c++) {
      if (voicing[base + c] >= VOICING_CUTOFF) {
        return W_LOCAL * W_THRESHOLD;
      }
    }
    return 0;
  }

  /** Preference for typical voice frequencies; 2 for an empty candidate (0 Hz). */
  static double rangeCost(double f) {
    if (f <= 0) {
      return 2;
    }
    if (f < 100) {
      return 1 - f / 100;
    }
    if (f < 350) {
      return 0;
    }
    if (f < 600) {
      return (f - 350) / 250;
    }
    return 1.2;
  }
}
