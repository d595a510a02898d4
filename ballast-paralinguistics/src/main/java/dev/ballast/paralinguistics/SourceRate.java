package dev.ballast.paralinguistics;

/**
 * The sample rate a recording had before it was converted to 16 kHz. openSMILE analyses audio at
 * its own rate, and a few of its eGeMAPS numbers depend on that rate through frame lengths in
 * samples and FFT sizes; this type derives them so that features stay comparable.
 *
 * @param hz the original sample rate
 */
record SourceRate(int hz) {
  static final double SHORT_FRAME_SEC = 0.020;

  SourceRate {
    if (hz <= 0) {
      throw new IllegalArgumentException("source sample rate must be positive, got " + hz + " Hz");
    }
  }

  /** The analysis band at 16 kHz: the original Nyquist frequency, at most 8 kHz. */
  double bandLimitHz() {
    return Math.min(EgemapsExtractor.SAMPLE_RATE_HZ, hz) / 2.0;
  }

  /** Samples in a 20 ms frame at the original rate. */
  int shortFrameSamples() {
    return (int) Math.round(SHORT_FRAME_SEC * hz);
  }

  /** FFT size openSMILE uses for that frame: the next power of two. */
  int shortFftSize() {
    int n = 1;
    while (n < shortFrameSamples()) {
      n <<= 1;
    }
    return n;
  }

  /**
   * Factor from the power spectrum of a 20 ms frame at 16 kHz (320 samples, 512-point FFT) to the
   * one openSMILE computes at the original rate: its FFT is unnormalised, so a band's energy grows
   * with frame length times FFT size.
   */
  double shortPowerGain() {
    return shortFrameSamples() * (double) shortFftSize()
        / (EgemapsExtractor.SHORT_FRAME_SAMPLES * (double) EgemapsExtractor.SHORT_FFT);
  }

  /** Bins of openSMILE's short-frame magnitude spectrum, DC to Nyquist. */
  int shortBins() {
    return shortFftSize() / 2 + 1;
  }
}
