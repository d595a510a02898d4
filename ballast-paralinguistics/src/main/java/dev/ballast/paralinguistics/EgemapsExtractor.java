package dev.ballast.paralinguistics;

import dev.ballast.audio.AudioClip;

/**
 * Extracts the 25 eGeMAPS v02 low-level descriptors from a 16 kHz clip. Pitch, voice quality and
 * harmonics use 60 ms Gaussian windows (sigma 0.4); loudness, formants and spectral descriptors
 * use 20 ms Hamming windows (formants at the recording's own rate, see {@link Formants}); all
 * start every 10 ms. Contours are smoothed over three frames;
 * voice-source descriptors are smoothed over voiced frames only and are 0 elsewhere. F0, voicing,
 * jitter and shimmer come from {@link ShsPitchTracker} and {@link PeriodPerturbation}, run on the
 * recording at its own rate when {@link Egemaps#lldAnyRate} supplies it. Thread-safe: all working
 * memory is per call.
 */
public final class EgemapsExtractor {
  public static final int SAMPLE_RATE_HZ = 16000;
  static final int HOP_SAMPLES = 160;
  static final int LONG_FRAME_SAMPLES = 960;
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
   * An extractor for 16 kHz audio converted from a recording at {@code sourceRateHz}: besides the
   * band limit, the few numbers openSMILE derives from the recording's own rate follow it. Pitch is
   * tracked on the clip passed to {@link #extract(AudioClip)}; {@link Egemaps#lldAnyRate} also
   * hands over the original recording, which is what matches openSMILE most closely.
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
    return extract(clip, clip);
  }

  /**
   * The descriptors of {@code clip} (16 kHz), with F0, voicing and the voice-source descriptors
   * taken from {@code original}, the same audio at the recording's own rate, as openSMILE takes
   * them.
   *
   * @throws IllegalArgumentException if the clip is not at 16 kHz or the two differ in duration
   */
  EgemapsLld extract(AudioClip clip, AudioClip original) {
    if (clip.sampleRateHz() != SAMPLE_RATE_HZ) {
      throw new IllegalArgumentException("eGeMAPS extraction expects " + SAMPLE_RATE_HZ
          + " Hz audio, got " + clip.sampleRateHz()
          + " Hz; convert with SampleRateConverter.convert(clip, 16000) first");
    }
    double hopSec = HOP_SAMPLES / (double) SAMPLE_RATE_HZ;
    if (Math.abs(clip.durationSec() - original.durationSec()) > hopSec) {
      throw new IllegalArgumentException("the 16 kHz clip (" + clip.durationSec()
          + " s) and the original recording (" + original.durationSec()
          + " s) must be the same audio; pass the recording the clip was converted from");
    }
    float[] x = clip.samples();
    int frames = frameCount(x.length);
    int sourceRate = original.sampleRateHz();
    double[] sourceF0 = ShsPitchTracker.f0Hz(original.samples(), sourceRate);
    float[] sourceJitter = new float[sourceF0.length];
    float[] sourceShimmer = new float[sourceF0.length];
    PeriodPerturbation.compute(original.samples(), sourceRate, sourceF0, sourceJitter,
        sourceShimmer);
    int[] nearest = ShsPitchTracker.nearestFrames(sourceRate, sourceF0.length, frames, hopSec);
    double[] f0 = new double[frames];
    // openSMILE takes HNR and harmonics from the pitch frame at the recording's own rate.
    float[] sourceSamples = original.samples();
    int sourceHop = ShsPitchTracker.hopSamples(sourceRate);
    PowerSpectrum longSpec = new PowerSpectrum(
        Windows.gaussian(ShsPitchTracker.frameSamples(sourceRate), ShsPitchTracker.WINDOW_SIGMA),
        ShsPitchTracker.fftSize(sourceRate));
    // openSMILE takes the short-frame spectra at the recording's own rate too; their level follows
    // the declared source rate (the same as the recording's, except for a band-limited 16 kHz clip).
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
      f0[t] = sourceF0[nearest[t]];
      raw[Egemaps.JITTER][t] = sourceJitter[nearest[t]];
      raw[Egemaps.SHIMMER][t] = sourceShimmer[nearest[t]];
      meanSquare[t] = (float) shortSpec.compute(sourceSamples, nearest[t] * sourceHop, shortPower);
      // openSMILE takes formants from the short Hamming frame at the recording's own rate.
      formants.compute(sourceSamples, nearest[t] * sourceHop, 3, formantHz, formantBw);
      for (int i = 0; i < 3; i++) {
        raw[Egemaps.F1_FREQUENCY + 3 * i][t] = (float) formantHz[i];
        raw[Egemaps.F1_FREQUENCY + 3 * i + 1][t] = (float) formantBw[i];
      }
      if (f0[t] > 0) {
        longSpec.compute(sourceSamples, nearest[t] * sourceHop, longPower);
        longSpec.autocorrelation(longPower, acf, acf.length - 1);
        raw[Egemaps.F0_SEMITONE][t] = (float) semitones(f0[t]);
        raw[Egemaps.HNR][t] = (float) AcfHnr.dB(acf, sourceRate / f0[t]);
        harmonics.compute(longPower, f0[t], formantHz, h, 0);
        raw[Egemaps.H1_H2][t] = h[HarmonicAmplitudes.H1_H2];
        raw[Egemaps.H1_A3][t] = h[HarmonicAmplitudes.H1_A3];
        for (int i = 0; i < 3; i++) {
          raw[Egemaps.F1_AMPLITUDE + 3 * i][t] = h[HarmonicAmplitudes.FORMANT_REL + i];
        }
      } else {
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
        HOP_SAMPLES / (double) SAMPLE_RATE_HZ, raw);
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
