package dev.ballast.paralinguistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 88 eGeMAPS v02 utterance functionals over an {@link EgemapsLld}. Descriptors marked
 * {@code nz} are summarised over the frames where they are defined (voiced frames for voice-source
 * and formant descriptors; {@code V}/{@code UV} variants over voiced/unvoiced frames). Undefined
 * statistics (no frames, zero mean) are 0, never NaN.
 */
public final class EgemapsFunctionals {
  /** Peaks and valleys must rise or fall by this fraction of the contour's range. */
  static final double PEAK_THRESHOLD_FRACTION = 0.1;
  /** The frame period openSMILE's eGeMAPS levels are configured with. */
  static final double PERIOD_SEC = 0.01;

  private static final String F0 = "F0semitoneFrom27.5Hz_sma3nz";
  private static final String[] SPECTRAL = {"alphaRatio", "hammarbergIndex", "slope0-500",
      "slope500-1500", "spectralFlux", "mfcc1", "mfcc2", "mfcc3", "mfcc4"};
  private static final String[] SPECTRAL_UV = {"alphaRatio", "hammarbergIndex", "slope0-500",
      "slope500-1500", "spectralFlux"};

  static final List<String> NAMES = buildNames();

  private EgemapsFunctionals() {}

  private static List<String> buildNames() {
    List<String> n = new ArrayList<>();
    for (String lld : new String[] {F0, "loudness_sma3"}) {
      for (String f : new String[] {"amean", "stddevNorm", "percentile20.0", "percentile50.0",
          "percentile80.0", "pctlrange0-2", "meanRisingSlope", "stddevRisingSlope",
          "meanFallingSlope", "stddevFallingSlope"}) {
        n.add(lld + "_" + f);
      }
    }
    List<String> meanStd = new ArrayList<>(List.of("spectralFlux_sma3", "mfcc1_sma3", "mfcc2_sma3",
        "mfcc3_sma3", "mfcc4_sma3", "jitterLocal_sma3nz", "shimmerLocaldB_sma3nz",
        "HNRdBACF_sma3nz", "logRelF0-H1-H2_sma3nz", "logRelF0-H1-A3_sma3nz"));
    for (int f = 1; f <= 3; f++) {
      meanStd.add("F" + f + "frequency_sma3nz");
      meanStd.add("F" + f + "bandwidth_sma3nz");
      meanStd.add("F" + f + "amplitudeLogRelF0_sma3nz");
    }
    for (String s : SPECTRAL) {
      meanStd.add(s.startsWith("slope") ? "slopeV" + s.substring(5) + "_sma3nz" : s + "V_sma3nz");
    }
    for (String lld : meanStd) {
      n.add(lld + "_amean");
      n.add(lld + "_stddevNorm");
    }
    for (String s : SPECTRAL_UV) {
      n.add((s.startsWith("slope") ? "slopeUV" + s.substring(5) : s + "UV") + "_sma3nz_amean");
    }
    n.addAll(List.of("loudnessPeaksPerSec", "VoicedSegmentsPerSec", "MeanVoicedSegmentLengthSec",
        "StddevVoicedSegmentLengthSec", "MeanUnvoicedSegmentLength", "StddevUnvoicedSegmentLength",
        "equivalentSoundLevel_dBp"));
    return List.copyOf(n);
  }

  /** The functionals of {@code lld}, in the order of {@link Egemaps#FUNCTIONAL_NAMES}. */
  public static float[] compute(EgemapsLld lld) {
    float[] out = new float[NAMES.size()];
    int at = 0;
    // openSMILE's levels run at the configured 10 ms period, whatever the sample rounding of the hop.
    double step = PERIOD_SEC;
    // Pitch, voice source and everything selected by voicing run over the pitch level's first
    // frames (smoothed with their neighbours beyond); loudness, spectra and MFCCs over all frames.
    int p = lld.pitchFrames();
    boolean[] voiced = lld.voiced();
    boolean[] unvoiced = new boolean[voiced.length];
    for (int t = 0; t < voiced.length; t++) {
      unvoiced[t] = !voiced[t];
    }
    boolean[] voicedHead = Arrays.copyOf(voiced, p);
    float[][] v = lld.values();
    float[] f0Contour = Arrays.copyOf(v[Egemaps.F0_SEMITONE], p);
    double[] f0 = select(f0Contour, voicedHead, true);
    double[] loud = select(v[Egemaps.LOUDNESS], null, false);
    at = contour(f0, step, out, at);
    at = contour(loud, step, out, at);
    int[] meanStdAll = {Egemaps.FLUX, Egemaps.MFCC1, Egemaps.MFCC1 + 1, Egemaps.MFCC1 + 2,
        Egemaps.MFCC1 + 3};
    for (int d : meanStdAll) {
      at = meanStd(select(v[d], null, false), out, at);
    }
    for (int d = Egemaps.JITTER; d <= Egemaps.H1_A3; d++) {
      at = meanStd(select(Arrays.copyOf(v[d], p), voicedHead, true), out, at);
    }
    // Formants, and the spectral descriptors of voiced and of unvoiced frames, are masked before
    // they are smoothed (openSMILE zeroes the other frames, then smooths over non-zero values).
    float[][] raw = lld.rawValues();
    for (int d = Egemaps.F1_FREQUENCY; d < Egemaps.LLD_COUNT; d++) {
      boolean amplitude = (d - Egemaps.F1_FREQUENCY) % 3 == 2;
      // Amplitudes are -201 dB, not 0, in unvoiced frames: every frame counts, and is smoothed.
      float[] track = amplitude ? ContourSmoother.sma3(raw[d]) : maskedSmooth(raw[d], voiced);
      at = meanStd(select(Arrays.copyOf(track, p), null, true), out, at);
    }
    for (int d = Egemaps.ALPHA_RATIO; d <= Egemaps.MFCC1 + 3; d++) {
      at = meanStd(select(Arrays.copyOf(maskedSmooth(raw[d], voiced), p), null, true), out, at);
    }
    for (int d = Egemaps.ALPHA_RATIO; d <= Egemaps.FLUX; d++) {
      out[at++] = (float) mean(select(Arrays.copyOf(maskedSmooth(raw[d], unvoiced), p), null, true));
    }
    // Per-second rates: peaks over the time from the first to the last loudness frame, voiced
    // segments over the pitch level's frames.
    int loudnessPeaks = ContourPeaks.of(loud, PEAK_THRESHOLD_FRACTION, step).peaks();
    out[at++] = (float) (loudnessPeaks / (Math.max(1, loud.length - 1) * step));
    at = segments(f0Contour, step, Math.max(1, p) * step, out, at);
    out[at++] = (float) equivalentSoundLevelDb(lld.meanSquare());
    if (at != out.length) {
      throw new IllegalStateException("functional layout mismatch: " + at + " != " + out.length);
    }
    return out;
  }

  /** {@code x} where {@code keep} holds, 0 elsewhere, smoothed over the non-zero frames. */
  private static float[] maskedSmooth(float[] x, boolean[] keep) {
    float[] m = new float[x.length];
    boolean[] active = new boolean[x.length];
    for (int t = 0; t < x.length; t++) {
      m[t] = keep[t] ? x[t] : 0f;
      active[t] = m[t] != 0;
    }
    return ContourSmoother.sma3nz(m, active, 0f);
  }

  /** Values of frames where {@code mask} holds (all when null), dropping zeros if asked. */
  static double[] select(float[] x, boolean[] mask, boolean dropZeros) {
    double[] out = new double[x.length];
    int n = 0;
    for (int t = 0; t < x.length; t++) {
      if ((mask == null || mask[t]) && !(dropZeros && x[t] == 0)) {
        out[n++] = x[t];
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static int contour(double[] x, double stepSec, float[] out, int at) {
    at = meanStd(x, out, at);
    double[] p = percentiles(x, 20, 50, 80);
    out[at++] = (float) p[0];
    out[at++] = (float) p[1];
    out[at++] = (float) p[2];
    out[at++] = (float) (p[2] - p[0]);
    ContourPeaks peaks = ContourPeaks.of(x, PEAK_THRESHOLD_FRACTION, stepSec);
    out[at++] = (float) peaks.meanRising();
    out[at++] = (float) peaks.stdRising();
    out[at++] = (float) peaks.meanFalling();
    out[at++] = (float) peaks.stdFalling();
    return at;
  }

  private static int meanStd(double[] x, float[] out, int at) {
    double m = mean(x);
    out[at++] = (float) m;
    out[at++] = m == 0 ? 0f : (float) (std(x) / m);
    return at;
  }

  /** Voiced runs are where the smoothed F0 contour is non-zero, unvoiced runs where it is 0. */
  private static int segments(float[] f0, double stepSec, double durationSec, float[] out,
      int at) {
    boolean[] on = new boolean[f0.length];
    boolean[] off = new boolean[f0.length];
    for (int t = 0; t < f0.length; t++) {
      on[t] = f0[t] != 0;
      off[t] = !on[t];
    }
    int[] voicedRuns = ContourSegments.lengths(on);
    out[at++] = (float) (voicedRuns.length / durationSec);
    at = lengthStats(voicedRuns, stepSec, out, at);
    return lengthStats(ContourSegments.lengths(off), stepSec, out, at);
  }

  private static int lengthStats(int[] lengthsFrames, double stepSec, float[] out, int at) {
    double[] sec = new double[lengthsFrames.length];
    for (int i = 0; i < sec.length; i++) {
      sec[i] = lengthsFrames[i] * stepSec;
    }
    out[at++] = (float) mean(sec);
    out[at++] = (float) std(sec);
    return at;
  }

  /** 10 log10 of the mean frame power; -100 dB for digital silence. */
  static double equivalentSoundLevelDb(float[] meanSquare) {
    double s = 0;
    for (float v : meanSquare) {
      s += v;
    }
    double m = meanSquare.length == 0 ? 0 : s / meanSquare.length;
    return m > 1e-10 ? 10 * Math.log10(m) : -100;
  }

  static double mean(double[] x) {
    if (x.length == 0) {
      return 0;
    }
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  /** Population standard deviation; 0 for fewer than two values. */
  static double std(double[] x) {
    if (x.length < 2) {
      return 0;
    }
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return Math.sqrt(s / x.length);
  }

  /** Percentiles with linear interpolation between order statistics; zeros for no data. */
  static double[] percentiles(double[] x, double... pct) {
    double[] out = new double[pct.length];
    if (x.length == 0) {
      return out;
    }
    double[] s = x.clone();
    Arrays.sort(s);
    for (int i = 0; i < pct.length; i++) {
      double pos = pct[i] / 100 * (s.length - 1);
      int lo = (int) Math.floor(pos);
      int hi = Math.min(s.length - 1, lo + 1);
      out[i] = s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
    return out;
  }
}
