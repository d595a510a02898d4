package dev.ballast.paralinguistics;

/**
 * The pitch path through per-frame candidates that maximises candidate strength minus transition
 * costs (dynamic programming as in Boersma 1993). Costs are per 10 ms frame.
 *
 * @param voicingThreshold strength of the unvoiced state; candidates weaker than this lose
 * @param silenceThreshold frame peak / clip peak below which frames lean to unvoiced
 * @param octaveCost strength bonus per octave above {@link PitchTracker#MIN_F0_HZ}
 * @param octaveJumpCost cost per octave of F0 change between voiced frames
 * @param voicedUnvoicedCost cost of each voiced/unvoiced transition
 * @param shsWeight weight of the subharmonic-summation score in a candidate's strength
 */
record PitchPath(double voicingThreshold, double silenceThreshold, double octaveCost,
    double octaveJumpCost, double voicedUnvoicedCost, double shsWeight) {

  static final PitchPath DEFAULTS = new PitchPath(0.88, 0.025, 0.01, 0.4, 0.14, 0.5);
  /**
   * For audio band-limited to 4 kHz (8 kHz recordings): fewer harmonics support each candidate, and
   * openSMILE voices such recordings far less often (it leaves about 3 % of FSDD files wholly
   * unvoiced), so a candidate must be stronger to win. 1.2 maximised parity on FSDD.
   */
  static final PitchPath NARROWBAND = new PitchPath(1.2, 0.025, 0.01, 0.4, 0.14, 0.5);
  static final double NARROWBAND_LIMIT_HZ = 4000;

  /** The path settings for audio whose content ends at {@code bandLimitHz}. */
  static PitchPath forBandLimit(double bandLimitHz) {
    return bandLimitHz <= NARROWBAND_LIMIT_HZ ? NARROWBAND : DEFAULTS;
  }

  /** The chosen candidate index per frame, -1 for unvoiced. */
  int[] choose(PitchCandidates[] frames) {
    int n = frames.length;
    int[] choice = new int[n];
    if (n == 0) {
      return choice;
    }
    double[][] score = new double[n][];
    int[][] back = new int[n][];
    for (int t = 0; t < n; t++) {
      PitchCandidates c = frames[t];
      int states = c.size() + 1; // last state = unvoiced
      score[t] = new double[states];
      back[t] = new int[states];
      for (int s = 0; s < states; s++) {
        double local = strength(c, s);
        if (t == 0) {
          score[t][s] = local;
          continue;
        }
        PitchCandidates p = frames[t - 1];
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int q = 0; q <= p.size(); q++) {
          double v = score[t - 1][q] - transition(p, q, c, s);
          if (v > best) {
            best = v;
            arg = q;
          }
        }
        score[t][s] = best + local;
        back[t][s] = arg;
      }
    }
    int s = argmax(score[n - 1]);
    for (int t = n - 1; t >= 0; t--) {
      choice[t] = s == frames[t].size() ? -1 : s;
      s = back[t][s];
    }
    return choice;
  }

  private double strength(PitchCandidates c, int s) {
    if (s == c.size()) {
      double quiet = c.relativePeak() / silenceThreshold / (1 + voicingThreshold);
      return voicingThreshold + Math.max(0, 2 - quiet);
    }
    return c.periodicity()[s] + shsWeight * c.score()[s]
        + octaveCost * PitchTracker.log2(c.f0Hz()[s] / PitchTracker.MIN_F0_HZ);
  }

  private double transition(PitchCandidates p, int q, PitchCandidates c, int s) {
    boolean pv = q < p.size();
    boolean cv = s < c.size();
    if (pv && cv) {
      return octaveJumpCost * Math.abs(PitchTracker.log2(c.f0Hz()[s] / p.f0Hz()[q]));
    }
    return pv == cv ? 0 : voicedUnvoicedCost;
  }

  private static int argmax(double[] v) {
    int a = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[a]) {
        a = i;
      }
    }
    return a;
  }
}
