package dev.ballast.features;

/**
 * Settings of a Kaldi-compatible log-mel filterbank. Names follow Kaldi's options; dither is always
 * 0 so the output is deterministic.
 *
 * @param sampleRateHz rate the input must have; other rates are rejected
 * @param frameLengthMs analysis window (Kaldi {@code frame_length})
 * @param frameShiftMs hop between frames (Kaldi {@code frame_shift})
 * @param numMelBins number of triangular mel filters
 * @param lowFreqHz lower edge of the first filter
 * @param highFreqHz upper edge of the last filter; 0 or negative means Nyquist plus this offset
 * @param preemphasisCoefficient Kaldi {@code preemphasis_coefficient}
 * @param removeDcOffset subtract each frame's mean before anything else
 * @param snipEdges only frames that fit entirely inside the signal
 */
public record FbankOptions(int sampleRateHz, double frameLengthMs, double frameShiftMs,
    int numMelBins, double lowFreqHz, double highFreqHz, double preemphasisCoefficient,
    boolean removeDcOffset, boolean snipEdges) {

  public FbankOptions {
    if (sampleRateHz <= 0) {
      throw new IllegalArgumentException("sampleRateHz must be positive, got " + sampleRateHz);
    }
    if (!(frameLengthMs > 0) || !(frameShiftMs > 0)) {
      throw new IllegalArgumentException("frame length and shift must be positive, got "
          + frameLengthMs + " ms / " + frameShiftMs + " ms");
    }
    if (numMelBins < 3) {
      throw new IllegalArgumentException("numMelBins must be at least 3, got " + numMelBins);
    }
    double nyquist = 0.5 * sampleRateHz;
    double high = highFreqHz > 0 ? highFreqHz : nyquist + highFreqHz;
    if (!(lowFreqHz >= 0) || !(high > lowFreqHz) || high > nyquist) {
      throw new IllegalArgumentException("need 0 <= lowFreqHz < highFreqHz <= Nyquist ("
          + nyquist + " Hz), got low " + lowFreqHz + " Hz, high " + high + " Hz");
    }
    if (!snipEdges) {
      throw new IllegalArgumentException("snipEdges=false is not supported; use true (Kaldi's default)");
    }
  }

  /** Kaldi's defaults (25 ms / 10 ms, 20 Hz to Nyquist, pre-emphasis 0.97) with dither 0. */
  public static FbankOptions kaldiDefaults(int sampleRateHz, int numMelBins) {
    return new FbankOptions(sampleRateHz, 25, 10, numMelBins, 20, 0, 0.97, true, true);
  }

  public int frameLengthSamples() {
    return (int) (sampleRateHz * 0.001 * frameLengthMs);
  }

  public int frameShiftSamples() {
    return (int) (sampleRateHz * 0.001 * frameShiftMs);
  }

  /** FFT size: the frame length rounded up to a power of two. */
  public int fftSize() {
    return Integer.highestOneBit(frameLengthSamples() - 1) << 1;
  }

  public double highFreqEffectiveHz() {
    return highFreqHz > 0 ? highFreqHz : 0.5 * sampleRateHz + highFreqHz;
  }

  /** Number of frames Kaldi produces for {@code numSamples} samples with snip edges. */
  public int numFrames(int numSamples) {
    int len = frameLengthSamples();
    return numSamples < len ? 0 : 1 + (numSamples - len) / frameShiftSamples();
  }
}
