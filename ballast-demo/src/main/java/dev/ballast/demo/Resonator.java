package dev.ballast.demo;

/**
 * A second-order digital resonator, the building block of a cascade formant synthesizer:
 * {@code y[n] = a (x[n] - z x[n-2]) + b y[n-1] + c y[n-2]}. As a formant ({@link #tune}) it has
 * no zeros and unity gain at 0 Hz; as a band-pass ({@link #tuneBandPass}) it has zeros at 0 Hz
 * and Nyquist and about unity gain at the centre.
 */
final class Resonator {
  private double a = 1;
  private double b;
  private double c;
  private double zeros;
  private double x1;
  private double x2;
  private double y1;
  private double y2;

  /** Formant: centre frequency and -3 dB bandwidth; the state (past samples) is kept. */
  void tune(double centreHz, double bandwidthHz, int sampleRateHz) {
    poles(centreHz, bandwidthHz, sampleRateHz);
    a = 1 - b - c;
    zeros = 0;
  }

  /** Band-pass with the same poles, for noise sources (frication). */
  void tuneBandPass(double centreHz, double bandwidthHz, int sampleRateHz) {
    poles(centreHz, bandwidthHz, sampleRateHz);
    a = (1 + c) / 2;
    zeros = 1;
  }

  private void poles(double centreHz, double bandwidthHz, int sampleRateHz) {
    double t = 1.0 / sampleRateHz;
    c = -StrictMath.exp(-2 * Math.PI * bandwidthHz * t);
    b = 2 * StrictMath.exp(-Math.PI * bandwidthHz * t) * StrictMath.cos(2 * Math.PI * centreHz * t);
  }

  double step(double x) {
    double y = a * (x - zeros * x2) + b * y1 + c * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    return y;
  }
}
