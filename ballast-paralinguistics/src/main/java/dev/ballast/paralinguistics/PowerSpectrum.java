package dev.ballast.paralinguistics;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Windowed power spectrum of one frame. Not thread-safe: one instance per extraction, reused for
 * every frame. Samples beyond the signal end are zero.
 */
final class PowerSpectrum {
  private final double[] window;
  private final int fftSize;
  private final DoubleFFT_1D fft;
  private final double[] buffer;
  private double windowedEnergy;

  PowerSpectrum(double[] window, int fftSize) {
    this.window = window;
    this.fftSize = fftSize;
    this.fft = new DoubleFFT_1D(fftSize);
    this.buffer = new double[fftSize];
  }

  int fftSize() {
    return fftSize;
  }

  int bins() {
    return fftSize / 2 + 1;
  }

  /**
   * Writes |X(k)|^2, k in [0, fftSize/2], of {@code x[start .. start + window.length)} times the
   * window into {@code power}; returns the frame's mean square before windowing.
   */
  double compute(float[] x, int start, double[] power) {
    double energy = 0;
    double windowed = 0;
    int n = window.length;
    int inside = Math.max(0, Math.min(n, x.length - start));
    for (int i = 0; i < inside; i++) {
      double v = x[start + i];
      double w = v * window[i];
      energy += v * v;
      windowed += w * w;
      buffer[i] = w;
    }
    Arrays.fill(buffer, inside, fftSize, 0);
    windowedEnergy = windowed;
    fft.realForward(buffer);
    power[0] = buffer[0] * buffer[0];
    power[fftSize / 2] = buffer[1] * buffer[1];
    for (int k = 1; k < fftSize / 2; k++) {
      double re = buffer[2 * k];
      double im = buffer[2 * k + 1];
      power[k] = re * re + im * im;
    }
    return energy / n;
  }

  /** Sum of squares of the last {@link #compute} call's frame after windowing. */
  double windowedEnergy() {
    return windowedEnergy;
  }

  /**
   * Autocorrelation of the last windowed frame from its power spectrum, lags [0, maxLag], written
   * to {@code acf}; {@code power} must be the array filled by the last {@link #compute} call.
   */
  void autocorrelation(double[] power, double[] acf, int maxLag) {
    buffer[0] = power[0];
    buffer[1] = power[fftSize / 2];
    for (int k = 1; k < fftSize / 2; k++) {
      buffer[2 * k] = power[k];
      buffer[2 * k + 1] = 0;
    }
    fft.realInverse(buffer, false);
    for (int l = 0; l <= maxLag; l++) {
      acf[l] = buffer[l] / fftSize;
    }
  }
}
