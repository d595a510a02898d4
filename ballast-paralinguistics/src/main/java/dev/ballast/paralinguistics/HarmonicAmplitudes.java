package dev.ballast.paralinguistics;

/**
 * Harmonic level differences of one frame in dB from its power spectrum and F0, found and numbered
 * as openSMILE's eGeMAPS harmonics component does. Harmonic k (k = 0 .. 99, at (k + 1) F0) is the
 * spectral peak at the bin nearest its frequency or, failing that, the nearest peak within half an
 * F0 either side (higher side first); its level is the parabola-interpolated peak magnitude
 * relative to the (raw) magnitude of harmonic 0, floored at -200 dB; a harmonic on the same bin as
 * the one before is dropped. "H1" is harmonic 1 (2 F0), "H2" harmonic 2 (3 F0). A formant's
 * amplitude is the level of the strongest harmonic whose interpolated frequency lies within 20 %
 * of the formant; 0 when none does. {@code H1-A3} is H1's level minus F3's; a missing one
 * counts as 201 dB down, as openSMILE has it. Not thread-safe.
 */
final class HarmonicAmplitudes {
  static final int H1_H2 = 0;
  static final int H1_A3 = 1;
  static final int FORMANT_REL = 2;
  static final int COUNT = 5;
  private static final int HARMONICS = 100;
  private static final double MISSING_DB = 201;
  private static final double FLOOR_DB = -200;
  private static final double FORMANT_RANGE_LOW = 0.8;
  private static final double FORMANT_RANGE_HIGH = 1.2;

  private final double binHz;
  /** 1 / binHz, for the first guess of a frequency's bin (corrected by comparisons). */
  private final double binsPerHz;
  private final int bins;
  private final double[] magnitude;
  private final int[] bin = new int[HARMONICS];
  private final double[] rawMagnitude = new double[HARMONICS];
  private final double[] peakMagnitude = new double[HARMONICS];
  private final double[] peakHz = new double[HARMONICS];
  /** Whether a harmonic was dropped for repeating the previous one's bin. */
  private final boolean[] dropped = new boolean[HARMONICS];

  HarmonicAmplitudes(int sampleRateHz, int fftSize) {
    binHz = sampleRateHz / (double) fftSize;
    binsPerHz = fftSize / (double) sampleRateHz;
    bins = fftSize / 2 + 1;
    magnitude = new double[bins];
  }

  /** Writes H1-H2, H1-A3, A(F1), A(F2), A(F3) (dB, see above) into {@code out[offset ..]}. */
  void compute(double[] power, double f0Hz, double[] formantHz, float[] out, int offset) {
    for (int k = 0; k < bins; k++) {
      magnitude[k] = Math.sqrt(power[k]);
    }
    findHarmonics(f0Hz);
    dropRepeatedBins();
    int a3 = strongestNear(formantHz[2]);
    out[offset + H1_H2] = (float) difference(1, 2);
    out[offset + H1_A3] = (float) difference(1, a3);
    for (int i = 0; i < 3; i++) {
      int a = strongestNear(formantHz[i]);
      out[offset + FORMANT_REL + i] = a >= 0 ? (float) levelDb(a) : 0f;
    }
  }

  private void findHarmonics(double f0Hz) {
    int last = nearestBin(0.5 * f0Hz, 1);
    int first = nearestBin(0.5 * f0Hz, last);
    for (int h = 0; h < HARMONICS; h++) {
      int cand = nearestBin((h + 1) * f0Hz, last);
      int peak = -1;
      if (isPeak(cand)) {
        peak = cand;
      } else {
        int lower = nearestBin((h + 0.5) * f0Hz, last);
        int upper = nearestBin((h + 1.5) * f0Hz, cand);
        int left = cand - 1;
        int right = cand + 1;
        while ((left >= lower || right <= upper) && peak < 0) {
          if (right <= upper) {
            if (isPeak(right)) {
              peak = right;
              break;
            }
            right++;
          }
          if (left >= lower) {
            if (isPeak(left)) {
              peak = left;
              break;
            }
            left--;
          }
        }
      }
      if (peak >= first && peak < bins - 1) {
        bin[h] = peak;
        rawMagnitude[h] = magnitude[peak];
        double l = magnitude[peak - 1];
        double m = magnitude[peak];
        double r = magnitude[peak + 1];
        peakMagnitude[h] = PeakParabola.height(l, m, r);
        peakHz[h] = (peak + PeakParabola.offset(l, m, r)) * binHz;
      } else {
        bin[h] = cand;
        rawMagnitude[h] = 0;
        peakMagnitude[h] = 0;
        peakHz[h] = 0;
      }
      last = cand;
    }
  }

  /**
   * Clears a harmonic on the same bin as the one before (bin 0, magnitude 0); its level becomes
   * -201. Runs in order, so a cleared harmonic's bin 0 is what the next one is compared with.
   */
  private void dropRepeatedBins() {
    dropped[0] = false;
    for (int h = 1; h < HARMONICS; h++) {
      dropped[h] = bin[h] == bin[h - 1];
      if (dropped[h]) {
        bin[h] = 0;
        rawMagnitude[h] = 0;
        peakMagnitude[h] = 0;
        peakHz[h] = 0;
      }
    }
  }

  /**
   * Level of harmonic {@code h} relative to harmonic 0, floored at -200 dB; -201 when it was
   * dropped or harmonic 0 has no magnitude. Computed only for the few harmonics read out.
   */
  private double levelDb(int h) {
    if (h == 0) {
      return 0;
    }
    double ref = rawMagnitude[0];
    if (dropped[h] || ref == 0) {
      return -MISSING_DB;
    }
    return peakMagnitude[h] > 0
        ? Math.max(FLOOR_DB, 20 * Math.log10(peakMagnitude[h] / ref)) : FLOOR_DB;
  }

  /** Level of harmonic a minus level of harmonic b; a missing index counts as 201 dB down. */
  private double difference(int a, int b) {
    double d;
    if (a >= 0 && b >= 0) {
      d = levelDb(a) - levelDb(b);
    } else if (a >= 0) {
      d = levelDb(a) - MISSING_DB;
    } else if (b >= 0) {
      d = -MISSING_DB - levelDb(b);
    } else {
      return 0;
    }
    return Math.max(-MISSING_DB, Math.min(MISSING_DB, d));
  }

  /** The harmonic with the largest raw magnitude within 20 % of {@code formantHz}; -1 if none. */
  private int strongestNear(double formantHz) {
    double lo = FORMANT_RANGE_LOW * formantHz;
    double hi = FORMANT_RANGE_HIGH * formantHz;
    int best = -1;
    double max = 0;
    for (int h = 0; h < HARMONICS; h++) {
      if (peakHz[h] >= lo && peakHz[h] <= hi && rawMagnitude[h] > max) {
        best = h;
        max = rawMagnitude[h];
      }
    }
    return best;
  }

  /**
   * The bin nearest {@code hz} among the first bin from {@code from} up that lies above it and the
   * one before; 0 if no bin lies above {@code hz}.
   */
  private int nearestBin(double hz, int from) {
    int start = Math.max(from, 0);
    int b = Math.max(start, (int) Math.floor(hz * binsPerHz) + 1);
    while (b < bins && b * binHz <= hz) {
      b++;
    }
    while (b - 1 >= start && (b - 1) * binHz > hz) {
      b--;
    }
    if (b >= bins) {
      return 0;
    }
    return b > 0 && b * binHz - hz > hz - (b - 1) * binHz ? b - 1 : b;
  }

  private boolean isPeak(int n) {
    if (n < 0 || n >= bins) {
      return false;
    }
    if (n + 1 < bins) {
      return n > 0 ? magnitude[n] > magnitude[n - 1] && magnitude[n] > magnitude[n + 1]
          : magnitude[0] > magnitude[1];
    }
    return n > 0 && magnitude[n] > magnitude[n - 1];
  }
}
