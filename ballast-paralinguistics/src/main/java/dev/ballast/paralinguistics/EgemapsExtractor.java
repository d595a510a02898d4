package dev.ballast.paralinguistics;

import dev.ballast.audio.AudioClip;
import java.util.Arrays;

/**
 * Extracts the 25 eGeMAPS v02 low-level descriptors. Pitch, voice quality and harmonics use 60 ms
 * Gaussian windows (sigma 0.4); loudness, formants and spectral descriptors use 20 ms Hamming
 * windows; all start every 10 ms, and all are computed at the recording's own rate, as openSMILE
 * computes them ({@link Egemaps#lldAnyRate}; {@link #extract} takes 16 kHz clips). Contours are
 * smoothed over three frames; voice-source descriptors are smoothed over voiced frames only and are
 * 0 elsewhere. F0, voicing, jitter and shimmer come from {@link ShsPitchTracker} and
 * {@link PeriodPerturbation}. Thread-safe: all working memory is per call.
 */
public final class EgemapsExtractor {
  public static final int SAMPLE_RATE_HZ = 16000;
  /** The value openSMILE writes for a formant amplitude in an unvoiced frame. */
  static final float UNVOICED_AMPLITUDE_DB = -201f;

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
    this(bandLimitHz, new SourceRate((int) Math.round(2 * bandLimitHz)));
  }

  /**
   * An extractor for recordings at {@code sourceRateHz}, analysed at that rate by
   * {@link #analyse}: bands end at its Nyquist frequency (at most 8 kHz).
   */
  public static EgemapsExtractor forSourceRate(int sourceRateHz) {
    SourceRate source = new SourceRate(sourceRateHz);
    return new EgemapsExtractor(source.bandLimitHz(), source);
  }

  EgemapsExtractor(double bandLimitHz, SourceRate source) {
    if (!(bandLimitHz >= 1000 && bandLimitHz <= SAMPLE_RATE_HZ / 2.0)) {
      throw new IllegalArgumentException("bandLimitHz must be in [1000, 8000], got " + bandLimitHz
          + "; pass half the recording's original sample rate");
    }
    this.bandLimitHz = bandLimitHz;
    this.source = source;
  }

  /**
   * Number of frames of a recording of {@code samples} samples at {@code rateHz}: one per full 20 ms
   * frame every 10 ms (the short-frame level, which openSMILE's all-frame functionals run over), at
   * least one.
   */
  static int frameCount(int samples, int rateHz) {
    SourceRate rate = new SourceRate(rateHz);
    int len = rate.shortFrameSamples();
    return samples < len ? 1 : (samples - len) / ShsPitchTracker.hopSamples(rateHz) + 1;
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
    return analyse(clip);
  }

  /**
   * The descriptors of {@code original}, analysed at its own rate as openSMILE analyses it (frames
   * of 20 and 60 ms at that rate, 10 ms apart rounded to whole samples).
   */
  EgemapsLld analyse(AudioClip original) {
    int sourceRate = original.sampleRateHz();
    float[] sourceSamples = original.samples();
    int sourceHop = ShsPitchTracker.hopSamples(sourceRate);
    // Frames are the recording's own: 10 ms (rounded to whole samples) apart.
    int frames = frameCount(sourceSamples.length, sourceRate);
    // openSMILE's frame-level output has pitch for one frame past the last full 60 ms frame (zero
    // padded); its functionals see fewer (see pitchFrames below).
    int fullPitchFrames = ShsPitchTracker.frameCount(sourceSamples.length, sourceRate);
    float[] padded = Arrays.copyOf(sourceSamples, sourceSamples.length + sourceHop);
    double[] sourceF0 = ShsPitchTracker.f0Hz(padded, sourceRate);
    float[] sourceJitter = new float[sourceF0.length];
    float[] sourceShimmer = new float[sourceF0.length];
    PeriodPerturbation.compute(padded, sourceRate, sourceF0, sourceJitter, sourceShimmer);
    int pitchTracked = Math.min(frames, sourceF0.length);
    double[] f0 = new double[frames];
    // openSMILE takes HNR and harmonics from the pitch frame at the recording's own rate.
    PowerSpectrum longSpec = new PowerSpectrum(
        Windows.gaussian(ShsPitchTracker.frameSamples(sourceRate), ShsPitchTracker.WINDOW_SIGMA),
        ShsPitchTracker.fftSize(sourceRate));
    // The short-frame spectra at the recording's own rate too; their level follows the declared
    // source rate (the same as the recording's, except for a band-limited 16 kHz clip).
    SourceRate shortSource = new SourceRate(sourceRate);
    int shortFft = shortSource.shortFftSize();
    PowerSpectrum shortSpec =
        new PowerSpectrum(Windows.hamming(shortSource.shortFrameSamples()), shortFft);
    double shortGain = source.shortSpectrumScale() / shortSource.shortSpectrumScale();
    Formants formants = new Formants(sourceRate);
    HarmonicAmplitudes harmonics = new HarmonicAmplitudes(sourceRate, longSpec.fftSize());
    Loudness loudness = new Loudness(sourceRate, shortFft, bandLimitHz,
        Math.pow(shortGain, Loudness.COMPRESSION));
    SpectralDescriptors spectral =
        new SpectralDescriptors(sourceRate, shortFft, bandLimitHz, shortGain);
    MelCepstrum mfcc = new MelCepstrum(sourceRate, shortFft, bandLimitHz);

    double[] longPower = new double[longSpec.bins()];
    double[] shortPower = new double[shortSpec.bins()];
    // Circular autocorrelation up to half the FFT length, as openSMILE's harmonics component has.
    double[] acf = new double[longSpec.bins()];
    double[] formantHz = new double[3];
    double[] formantBw = new double[3];
    double[] spec = new double[SpectralDescriptors.COUNT];
    double[] ceps = new double[MelCepstrum.LAST];
    float[][] raw = new float[Egemaps.LLD_COUNT][frames];
    float[] meanSquare = new float[frames];
    float[] h = new float[HarmonicAmplitudes.COUNT];

    for (int t = 0; t < frames; t++) {
      int start = t * sourceHop;
      if (t < pitchTracked) {
        f0[t] = sourceF0[t];
        raw[Egemaps.JITTER][t] = sourceJitter[t];
        raw[Egemaps.SHIMMER][t] = sourceShimmer[t];
      }
      meanSquare[t] = (float) shortSpec.compute(sourceSamples, start, shortPower);
      formants.compute(sourceSamples, start, 3, formantHz, formantBw);
      for (int i = 0; i < 3; i++) {
        raw[Egemaps.F1_FREQUENCY + 3 * i][t] = (float) formantHz[i];
        raw[Egemaps.F1_FREQUENCY + 3 * i + 1][t] = (float) formantBw[i];
      }
      if (f0[t] > 0) {
        longSpec.compute(sourceSamples, start, longPower);
        longSpec.autocorrelation(longPower, acf, acf.length - 1);
        raw[Egemaps.F0_SEMITONE][t] = (float) semitones(f0[t]);
        raw[Egemaps.HNR][t] = (float) AcfHnr.dB(acf, sourceRate / f0[t]);
        harmonics.compute(longPower, f0[t], formantHz, h, 0);
        raw[Egemaps.H1_H2][t] = h[HarmonicAmplitudes.H1_H2];
        raw[Egemaps.H1_A3][t] = h[HarmonicAmplitudes.H1_A3];
        for (int i = 0; i < 3; i++) {
          raw[Egemaps.F1_AMPLITUDE + 3 * i][t] = h[HarmonicAmplitudes.FORMANT_REL + i];
        }
      } else if (t < pitchTracked) {
        for (int i = 0; i < 3; i++) {
          raw[Egemaps.F1_AMPLITUDE + 3 * i][t] = UNVOICED_AMPLITUDE_DB;
        }
      }
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

    boolean[] voiced = new boolean[frames];
    float[] f0Hz = new float[frames];
    for (int t = 0; t < frames; t++) {
      voiced[t] = f0[t] > 0;
      f0Hz[t] = (float) f0[t];
    }
    // The pitch functionals of openSMILE end a frame before the last full 60 ms frame, and one more
    // when that frame is voiced (measured: segment rates and voiced means of EmoDB and FSDD files).
    int pitchFrames = Math.min(pitchTracked, Math.max(1, fullPitchFrames - 1));
    if (pitchFrames > 1 && voiced[pitchFrames - 1]) {
      pitchFrames--;
    }

    float[][] out = new float[Egemaps.LLD_COUNT][];
    for (int d = 0; d < Egemaps.LLD_COUNT; d++) {
      out[d] = switch (Egemaps.lldKind(d)) {
        case ALL_FRAMES -> ContourSmoother.sma3(raw[d]);
        case VOICED -> ContourSmoother.sma3nz(raw[d], nonZero(raw[d], voiced), 0f);
        case NONZERO -> ContourSmoother.sma3nz(raw[d], nonZero(raw[d], null), 0f);
        case VOICED_FLOORED -> ContourSmoother.sma3nz(raw[d], nonZero(raw[d], null), 0f);
      };
    }
    return new EgemapsLld(Egemaps.LLD_NAMES, out, voiced, f0Hz, meanSquare,
        sourceHop / (double) sourceRate, raw, pitchFrames);
  }

  /**
   * F0 in semitones above 27.5 Hz; openSMILE writes 1 for a positive F0 below one semitone above
   * the base, which the tracker's 55 Hz floor never produces.
   */
  static double semitones(double f0Hz) {
    return f0Hz > 29.136 ? 12 * OctaveSpectrum.log2(f0Hz / 27.5) : 1;
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
