package dev.ballast.paralinguistics;

import dev.ballast.audio.AudioClip;

/**
 * Extracts the 25 eGeMAPS v02 low-level descriptors from a 16 kHz clip. Pitch, voice quality and
 * harmonics use 60 ms Gaussian windows (sigma 0.4); loudness, formants and spectral descriptors
 * use 20 ms Hamming windows; both start every 10 ms. Contours are smoothed over three frames;
 * voice-source descriptors are smoothed over voiced frames only and are 0 elsewhere. Thread-safe:
 * all working memory is per call.
 */
public final class EgemapsExtractor {
  public static final int SAMPLE_RATE_HZ = 16000;
  static final int HOP_SAMPLES = 160;
  static final int LONG_FRAME_SAMPLES = 960;
  static final int SHORT_FRAME_SAMPLES = 320;
  static final int LONG_FFT = 2048;
  static final int SHORT_FFT = 512;
  /**
   * Brings loudness to the level openSMILE reports for the same signal, once the spectrum is scaled
   * as openSMILE's (see {@link SourceRate#shortPowerGain}); fitted on EmoDB.
   */
  static final double LOUDNESS_SCALE = 1 / 16.13;
  /** The value openSMILE writes for a formant amplitude in an unvoiced frame. */
  static final float UNVOICED_AMPLITUDE_DB = -201f;

  private final PitchPath pitchPath;
  private final double bandLimitHz;
  private final SourceRate source;

  /** An extractor for full-band 16 kHz audio. */
  public EgemapsExtractor() {
    this(SAMPLE_RATE_HZ / 2.0);
  }

  /**
   * An extractor for 16 kHz audio whose content ends at {@code bandLimitHz}, e.g. 4000 for a
   * recording made at 8 kHz and converted up: filterbanks and energy bands stop there, so features
   * do not depend on an empty band.
   */
  public EgemapsExtractor(double bandLimitHz) {
    this(PitchPath.forBandLimit(bandLimitHz), bandLimitHz,
        new SourceRate((int) Math.round(2 * bandLimitHz)));
  }

  /**
   * An extractor for 16 kHz audio converted from a recording at {@code sourceRateHz}: besides the
   * band limit, the few numbers openSMILE derives from the recording's own rate follow it.
   */
  public static EgemapsExtractor forSourceRate(int sourceRateHz) {
    SourceRate source = new SourceRate(sourceRateHz);
    return new EgemapsExtractor(PitchPath.forBandLimit(source.bandLimitHz()), source.bandLimitHz(),
        source);
  }

  EgemapsExtractor(PitchPath pitchPath, double bandLimitHz, SourceRate source) {
    if (!(bandLimitHz >= 1000 && bandLimitHz <= SAMPLE_RATE_HZ / 2.0)) {
      throw new IllegalArgumentException("bandLimitHz must be in [1000, 8000], got " + bandLimitHz
          + "; pass half the recording's original sample rate");
    }
    this.pitchPath = pitchPath;
    this.bandLimitHz = bandLimitHz;
    this.source = source;
  }

  /** Number of 10 ms frames for {@code samples} samples: one per full 60 ms window, at least one. */
  static int frameCount(int samples) {
    return samples < LONG_FRAME_SAMPLES ? 1 : (samples - LONG_FRAME_SAMPLES) / HOP_SAMPLES + 1;
  }

  /**
   * The descriptors of {@code clip}.
   *
   * @throws IllegalArgumentException if the clip is not at 16 kHz
   */
  public EgemapsLld extract(AudioClip clip) {
    if (clip.sampleRateHz() != SAMPLE_RATE_HZ) {
      throw new IllegalArgumentException("eGeMAPS extraction expects " + SAMPLE_RATE_HZ
          + " Hz audio, got " + clip.sampleRateHz()
          + " Hz; convert with SampleRateConverter.convert(clip, 16000) first");
    }
    float[] x = clip.samples();
    int frames = frameCount(x.length);
    double[] gauss = Windows.gaussian(LONG_FRAME_SAMPLES, 0.4);
    PowerSpectrum longSpec = new PowerSpectrum(gauss, LONG_FFT);
    PowerSpectrum shortSpec = new PowerSpectrum(Windows.hamming(SHORT_FRAME_SAMPLES), SHORT_FFT);
    PitchTracker pitch = new PitchTracker(SAMPLE_RATE_HZ, LONG_FFT, gauss);
    Formants formants = new Formants(SAMPLE_RATE_HZ, SHORT_FFT, SHORT_FRAME_SAMPLES,
        source.formantBandTopHz());
    HarmonicAmplitudes harmonics = new HarmonicAmplitudes(SAMPLE_RATE_HZ, LONG_FFT);
    Loudness loudness = new Loudness(SAMPLE_RATE_HZ, SHORT_FFT, bandLimitHz,
        LOUDNESS_SCALE * Math.pow(source.shortPowerGain(), Loudness.COMPRESSION));
    SpectralDescriptors spectral = new SpectralDescriptors(SAMPLE_RATE_HZ, SHORT_FFT, bandLimitHz,
        source.shortPowerGain() / source.shortBins());
    MelCepstrum mfcc = new MelCepstrum(SAMPLE_RATE_HZ, SHORT_FFT, bandLimitHz);

    double[] longPower = new double[LONG_FFT / 2 + 1];
    double[] shortPower = new double[SHORT_FFT / 2 + 1];
    double[] acf = new double[pitch.maxLag() + 2];
    double[] formantHz = new double[3];
    double[] formantBw = new double[3];
    double[] spec = new double[SpectralDescriptors.COUNT];
    double[] ceps = new double[MelCepstrum.LAST];
    float[][] raw = new float[Egemaps.LLD_COUNT][frames];
    float[] meanSquare = new float[frames];
    PitchCandidates[] candidates = new PitchCandidates[frames];
    float[][] candHarmonics = new float[frames][];
    float[][] candHnr = new float[frames][];
    float[] hopPeak = hopPeaks(x, frames);
    double globalPeak = peak(x, 0, x.length);

    for (int t = 0; t < frames; t++) {
      int start = t * HOP_SAMPLES;
      longSpec.compute(x, start, longPower);
      longSpec.autocorrelation(longPower, acf, acf.length - 1);
      double relPeak = globalPeak > 0 ? framePeak(hopPeak, t) / globalPeak : 0;
      PitchCandidates c = pitch.candidates(longPower, acf, relPeak);
      candidates[t] = c;
      meanSquare[t] = (float) shortSpec.compute(x, start, shortPower);
      // openSMILE takes formants from the short Hamming frame, not the long pitch frame.
      formants.compute(shortSpec.packedSpectrum(), 3, formantHz, formantBw);
      for (int i = 0; i < 3; i++) {
        raw[Egemaps.F1_FREQUENCY + 3 * i][t] = (float) formantHz[i];
        raw[Egemaps.F1_FREQUENCY + 3 * i + 1][t] = (float) formantBw[i];
      }
      float[] h = new float[c.size() * HarmonicAmplitudes.COUNT];
      for (int i = 0; i < c.size(); i++) {
        harmonics.compute(longPower, c.f0Hz()[i], formantHz, h, i * HarmonicAmplitudes.COUNT);
      }
      candHarmonics[t] = h;
      float[] hnr = new float[c.size()];
      for (int i = 0; i < c.size(); i++) {
        hnr[i] = (float) AcfHnr.dB(acf, SAMPLE_RATE_HZ / c.f0Hz()[i]);
      }
      candHnr[t] = hnr;

      raw[Egemaps.LOUDNESS][t] = (float) loudness.compute(shortPower);
      spectral.compute(shortPower, spec);
      for (int i = 0; i < SpectralDescriptors.COUNT; i++) {
        raw[Egemaps.ALPHA_RATIO + i][t] = (float) spec[i];
      }
      mfcc.compute(shortPower, ceps);
      for (int i = 0; i < MelCepstrum.LAST; i++) {
        raw[Egemaps.MFCC1 + i][t] = (float) ceps[i];
      }
    }

    int[] choice = pitchPath.choose(candidates);
    boolean[] voiced = new boolean[frames];
    double[] f0 = new double[frames];
    float[] f0Hz = new float[frames];
    for (int t = 0; t < frames; t++) {
      int k = choice[t];
      if (k < 0) {
        for (int i = 0; i < 3; i++) {
          raw[Egemaps.F1_AMPLITUDE + 3 * i][t] = UNVOICED_AMPLITUDE_DB;
        }
        continue;
      }
      PitchCandidates c = candidates[t];
      voiced[t] = true;
      f0[t] = c.f0Hz()[k];
      f0Hz[t] = (float) f0[t];
      raw[Egemaps.F0_SEMITONE][t] = (float) (12 * PitchTracker.log2(f0[t] / 27.5));
      raw[Egemaps.HNR][t] = candHnr[t][k];
      float[] h = candHarmonics[t];
      int o = k * HarmonicAmplitudes.COUNT;
      raw[Egemaps.H1_H2][t] = h[o + HarmonicAmplitudes.H1_H2];
      raw[Egemaps.H1_A3][t] = h[o + HarmonicAmplitudes.H1_A3];
      for (int i = 0; i < 3; i++) {
        raw[Egemaps.F1_AMPLITUDE + 3 * i][t] = h[o + HarmonicAmplitudes.FORMANT_REL + i];
      }
    }
    JitterShimmer.compute(x, SAMPLE_RATE_HZ, HOP_SAMPLES, LONG_FRAME_SAMPLES, f0,
        raw[Egemaps.JITTER], raw[Egemaps.SHIMMER]);

    float[][] out = new float[Egemaps.LLD_COUNT][];
    for (int d = 0; d < Egemaps.LLD_COUNT; d++) {
      out[d] = switch (Egemaps.lldKind(d)) {
        case ALL_FRAMES -> ContourSmoother.sma3(raw[d]);
        case VOICED -> ContourSmoother.sma3nz(raw[d], nonZero(raw[d], voiced), 0f);
        case NONZERO -> ContourSmoother.sma3nz(raw[d], nonZero(raw[d], null), 0f);
        case VOICED_FLOORED -> ContourSmoother.sma3nz(raw[d], voiced, UNVOICED_AMPLITUDE_DB);
      };
    }
    return new EgemapsLld(Egemaps.LLD_NAMES, out, voiced, f0Hz, meanSquare,
        HOP_SAMPLES / (double) SAMPLE_RATE_HZ, raw);
  }

  private static double peak(float[] x, int from, int to) {
    double m = 0;
    for (int i = from; i < Math.min(to, x.length); i++) {
      m = Math.max(m, Math.abs(x[i]));
    }
    return m;
  }

  /** Peak absolute sample of each hop-long block that some frame covers. */
  private static float[] hopPeaks(float[] x, int frames) {
    int blocks = frames - 1 + LONG_FRAME_SAMPLES / HOP_SAMPLES;
    float[] p = new float[blocks];
    for (int b = 0; b < blocks; b++) {
      p[b] = (float) peak(x, b * HOP_SAMPLES, (b + 1) * HOP_SAMPLES);
    }
    return p;
  }

  /** Peak of frame {@code t}: the largest of the blocks its long window spans. */
  private static double framePeak(float[] hopPeak, int t) {
    double m = 0;
    for (int b = t; b < t + LONG_FRAME_SAMPLES / HOP_SAMPLES; b++) {
      m = Math.max(m, hopPeak[b]);
    }
    return m;
  }

  /** Frames whose value is non-zero (and voiced, when {@code voiced} is given). */
  private static boolean[] nonZero(float[] v, boolean[] voiced) {
    boolean[] a = new boolean[v.length];
    for (int t = 0; t < v.length; t++) {
      a[t] = v[t] != 0 && (voiced == null || voiced[t]);
    }
    return a;
  }
}
