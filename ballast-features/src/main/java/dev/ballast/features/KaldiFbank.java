package dev.ballast.features;

import dev.ballast.audio.AudioClip;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Kaldi-compatible log-mel filterbank ({@code compute-fbank-feats} with dither 0): per frame DC
 * removal, pre-emphasis, Povey window, power spectrum, triangular mel filters on
 * {@code 1127 ln(1 + f/700)}, natural log floored at float epsilon. Input is scaled to 16-bit
 * integer values first, as Kaldi reads WAV files.
 *
 * <p>Not thread-safe (reuses buffers); make one per thread.
 */
public final class KaldiFbank {
  /** Kaldi's log floor: {@code std::numeric_limits<float>::epsilon()}. */
  public static final double LOG_FLOOR = Math.log(Math.ulp(1.0f));

  private final FbankOptions options;
  private final double[] window;
  private final double[][] melWeights; // [bin][fftBin]
  private final int[] melFirst;
  private final DoubleFFT_1D fft;
  private final double[] frame;
  private final double[] power;
  private double lastLogEnergy;

  public KaldiFbank(FbankOptions options) {
    this.options = options;
    int len = options.frameLengthSamples();
    int nfft = options.fftSize();
    window = new double[len];
    for (int i = 0; i < len; i++) {
      window[i] = Math.pow(0.5 - 0.5 * Math.cos(2 * Math.PI * i / (len - 1)), 0.85);
    }
    fft = new DoubleFFT_1D(nfft);
    frame = new double[nfft];
    power = new double[nfft / 2 + 1];
    int bins = options.numMelBins();
    int numFftBins = nfft / 2;
    double binWidthHz = options.sampleRateHz() / (double) nfft;
    double melLow = mel(options.lowFreqHz());
    double melHigh = mel(options.highFreqEffectiveHz());
    double delta = (melHigh - melLow) / (bins + 1);
    melWeights = new double[bins][];
    melFirst = new int[bins];
    for (int b = 0; b < bins; b++) {
      double left = melLow + b * delta;
      double center = left + delta;
      double right = center + delta;
      int first = -1;
      int last = -1;
      double[] w = new double[numFftBins];
      for (int i = 0; i < numFftBins; i++) {
        double m = mel(binWidthHz * i);
        if (m > left && m < right) {
          w[i] = m <= center ? (m - left) / (center - left) : (right - m) / (right - center);
          if (first < 0) {
            first = i;
          }
          last = i;
        }
      }
      if (first < 0) {
        throw new IllegalArgumentException("mel bin " + b + " is empty with " + bins
            + " bins at " + options.sampleRateHz() + " Hz; use fewer mel bins");
      }
      melFirst[b] = first;
      melWeights[b] = java.util.Arrays.copyOfRange(w, first, last + 1);
    }
  }

  public FbankOptions options() {
    return options;
  }

  public static double mel(double hz) {
    return 1127.0 * Math.log(1.0 + hz / 700.0);
  }

  /** Log-mel energies, {@code float[frame][melBin]}. */
  public float[][] compute(AudioClip clip) {
    return compute(clip, null);
  }

  /**
   * Log-mel energies, {@code float[frame][melBin]}; if {@code logEnergy} is not null it receives each
   * frame's log energy after DC removal, before pre-emphasis (Kaldi's raw energy), length = frames.
   */
  public float[][] compute(AudioClip clip, float[] logEnergy) {
    if (clip.sampleRateHz() != options.sampleRateHz()) {
      throw new IllegalArgumentException("fbank is set up for " + options.sampleRateHz()
          + " Hz but the clip is at " + clip.sampleRateHz()
          + " Hz; convert it with SampleRateConverter or use options for its rate");
    }
    float[] x = clip.samples();
    int n = options.numFrames(x.length);
    float[][] out = new float[n][options.numMelBins()];
    for (int f = 0; f < n; f++) {
      frameSpectrum(x, f * options.frameShiftSamples());
      if (logEnergy != null) {
        logEnergy[f] = (float) lastLogEnergy;
      }
      for (int b = 0; b < out[f].length; b++) {
        double[] w = melWeights[b];
        int first = melFirst[b];
        double e = 0;
        for (int i = 0; i < w.length; i++) {
          e += w[i] * power[first + i];
        }
        out[f][b] = (float) Math.log(Math.max(e, Math.ulp(1.0f)));
      }
    }
    return out;
  }

  /** Fills {@link #power} for the frame starting at {@code start}. */
  private void frameSpectrum(float[] x, int start) {
    int len = window.length;
    double mean = 0;
    for (int i = 0; i < len; i++) {
      frame[i] = x[start + i] * 32768.0;
      mean += frame[i];
    }
    mean /= len;
    double energy = 0;
    for (int i = 0; i < len; i++) {
      if (options.removeDcOffset()) {
        frame[i] -= mean;
      }
      energy += frame[i] * frame[i];
    }
    lastLogEnergy = Math.log(Math.max(energy, Math.ulp(1.0f)));
    double k = options.preemphasisCoefficient();
    if (k != 0) {
      for (int i = len - 1; i > 0; i--) {
        frame[i] -= k * frame[i - 1];
      }
      frame[0] -= k * frame[0];
    }
    for (int i = 0; i < len; i++) {
      frame[i] *= window[i];
    }
    java.util.Arrays.fill(frame, len, frame.length, 0.0);
    fft.realForward(frame);
    int half = frame.length / 2;
    power[0] = frame[0] * frame[0];
    power[half] = frame[1] * frame[1];
    for (int i = 1; i < half; i++) {
      double re = frame[2 * i];
      double im = frame[2 * i + 1];
      power[i] = re * re + im * im;
    }
  }
}
