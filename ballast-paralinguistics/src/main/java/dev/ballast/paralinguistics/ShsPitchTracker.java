package dev.ballast.paralinguistics;

/**
 * The eGeMAPS F0 contour as openSMILE derives it, at the recording's own sample rate: 60 ms
 * Gaussian frames (sigma 0.4) every 10 ms, magnitude spectrum to {@link OctaveSpectrum},
 * {@link SubharmonicSummation} candidates, {@link PitchViterbi} path, and F0 set to 0 where the
 * windowed frame's RMS is at most {@link #MIN_RMS} (samples in [-1, 1]). Thread-safe: all working
 * memory is per call.
 */
final class ShsPitchTracker {
  static final double FRAME_SEC = 0.060;
  static final double HOP_SEC = 0.010;
  static final double WINDOW_SIGMA = 0.4;
  static final double MIN_RMS = 0.001;

  private ShsPitchTracker() {}

  /** Samples between frame starts at {@code rateHz}. */
  static int hopSamples(int rateHz) {
    return (int) Math.round(HOP_SEC * rateHz);
  }

  /** Samples per frame at {@code rateHz}. */
  static int frameSamples(int rateHz) {
    return (int) Math.round(FRAME_SEC * rateHz);
  }

  /** FFT length of a frame at {@code rateHz}: the next power of two. */
  static int fftSize(int rateHz) {
    int fft = 1;
    while (fft < frameSamples(rateHz)) {
      fft <<= 1;
    }
    return fft;
  }

  /** Frames of {@code samples} samples: one per full frame, at least one. */
  static int frameCount(int samples, int rateHz) {
    int len = frameSamples(rateHz);
    return samples < len ? 1 : (samples - len) / hopSamples(rateHz) + 1;
  }

  /** F0 in Hz per frame ({@link #frameCount} frames), 0 for unvoiced frames. */
  static double[] f0Hz(float[] x, int rateHz) {
    int len = frameSamples(rateHz);
    int hop = hopSamples(rateHz);
    int fft = fftSize(rateHz);
    int frames = frameCount(x.length, rateHz);
    double[] window = Windows.gaussian(len, WINDOW_SIGMA);
    PowerSpectrum spectrum = new PowerSpectrum(window, fft);
    OctaveSpectrum axis = new OctaveSpectrum(rateHz, fft);
    SubharmonicSummation shs = new SubharmonicSummation(axis);
    int cands = SubharmonicSummation.CANDIDATES;
    double[] power = new double[spectrum.bins()];
    double[] octave = new double[axis.points()];
    double[] f = new double[cands];
    double[] v = new double[cands];
    double[] candF0 = new double[frames * cands];
    double[] candVoicing = new double[frames * cands];
    boolean[] loud = new boolean[frames];
    for (int t = 0; t < frames; t++) {
      spectrum.compute(x, t * hop, power);
      loud[t] = Math.sqrt(spectrum.windowedEnergy() / len) > MIN_RMS;
      for (int k = 0; k < power.length; k++) {
        power[k] = Math.sqrt(power[k]);
      }
      axis.compute(power, octave);
      shs.candidates(octave, f, v);
      System.arraycopy(f, 0, candF0, t * cands, cands);
      System.arraycopy(v, 0, candVoicing, t * cands, cands);
    }
    int[] path = PitchViterbi.decode(candF0, candVoicing, frames, cands);
    double[] out = new double[frames];
    for (int t = 0; t < frames; t++) {
      out[t] = path[t] < cands && loud[t] ? candF0[t * cands + path[t]] : 0;
    }
    return out;
  }
}
