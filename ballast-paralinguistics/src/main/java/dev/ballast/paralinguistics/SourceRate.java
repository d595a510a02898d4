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
   * How the power of openSMILE's short-frame spectrum at this rate scales for the same signal: its
   * FFT is unnormalised, so a band's energy grows with frame length times FFT size.
   */
  double shortSpectrumScale() {
    return shortFrameSamples() * (double) shortFftSize();
  }
}
