package dev.ballast.paralinguistics;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Formant frequencies and bandwidths from linear prediction (order {@value #ORDER}) as openSMILE's
 * eGeMAPS computes them, on the recording at its own rate: the 20 ms Hamming frame, centred in its
 * zero-padded FFT buffer (next power of two), is turned back into {@value #RESAMPLED_SAMPLES}
 * samples at {@value #LPC_RATE_HZ} Hz by an inverse DFT of its lowest bins only (as many as the
 * resampled frame has samples: about 3.4 kHz at 8 and 16 kHz, 4.7 kHz at 22.05 kHz), in which the
 * DC bin counts twice as much as in a true inverse. Those samples start at the buffer's start, so
 * they hold the leading zero padding and most, not all, of the frame. The predictor comes from
 * their plain autocorrelation, no window, no pre-emphasis. Like openSMILE, the roots (Durand-Kerner iteration) are taken of the
 * predictor polynomial with its coefficients' signs flipped, z^p - a1 z^(p-1) - ... - ap, and
 * reflected into the unit circle: that is what gives its formants their typical bandwidths of about
 * 1 kHz, so it is kept for parity. Formants lie in [{@value #MIN_FORMANT_HZ}, {@value
 * #MAX_FORMANT_HZ}] Hz. Not thread-safe.
 */
final class Formants {
  static final int ORDER = 11;
  /** openSMILE's formant predictor runs on the short frame resampled to this rate. */
  static final double LPC_RATE_HZ = 11000;
  static final int RESAMPLED_SAMPLES = 220;
  static final double MIN_FORMANT_HZ = 50;
  static final double MAX_FORMANT_HZ = 5450;
  private static final int MAX_ITERATIONS = 80;

  private final int frameSamples;
  private final int pad;
  private final double[] window;
  private final DoubleFFT_1D fft;
  private final double[] work;
  /** Bins 1 .. {@code bins} take part in the inverse DFT (besides DC). */
  private final int bins;
  /**
   * {@code [(2 * (bin - 1) + {0: cos, 1: sin}) * RESAMPLED_SAMPLES + sample]}: one row per term,
   * so the synthesis is a run of vectorisable multiply-adds over the samples; null when
   * {@link #inverse} does the synthesis.
   */
  private final double[] basis;
  /**
   * The inverse FFT over one DFT period, when that period is a whole even number of resampled
   * samples (352 at 4, 8 and 16 kHz): the same synthesis in O(n log n); null otherwise (22.05 and
   * 44.1 kHz, whose period is 255.4 samples).
   */
  private final DoubleFFT_1D inverse;
  private final double[] period;
  private final boolean nyquistKept;
  /** The Nyquist bin's weight per resampled sample; 0 when it is cut off. */
  private final double[] nyquist;
  /** The resampled frame, then {@value #ORDER} zeros. */
  private final double[] resampled = new double[RESAMPLED_SAMPLES + ORDER];
  private final double[] r = new double[ORDER + 1];
  private final double[] a = new double[ORDER + 1];
  private final double[] tmp = new double[ORDER + 1];
  private final double[] re = new double[ORDER];
  private final double[] im = new double[ORDER];
  private final double[] fHz = new double[ORDER];
  private final double[] bwHz = new double[ORDER];
  private boolean warm;

  /** A tracker for audio at {@code sampleRateHz}, framed as {@link SourceRate} frames it. */
  Formants(int sampleRateHz) {
    this(sampleRateHz, true);
  }

  /** As {@link #Formants(int)}; {@code allowFft} false forces the direct synthesis (for tests). */
  Formants(int sampleRateHz, boolean allowFft) {
    SourceRate source = new SourceRate(sampleRateHz);
    frameSamples = source.shortFrameSamples();
    int fftSize = source.shortFftSize();
    pad = (fftSize - frameSamples) / 2;
    window = Windows.hamming(frameSamples);
    fft = new DoubleFFT_1D(fftSize);
    work = new double[fftSize];
    // openSMILE rounds the target rate so that one frame gives a whole number of samples; the
    // DFT's period, in resampled samples, is the FFT length scaled by the same ratio.
    double periodSamples = fftSize * RESAMPLED_SAMPLES / (double) frameSamples;
    bins = (Math.min(fftSize, RESAMPLED_SAMPLES) & ~1) / 2 - 1;
    // below 5.5 kHz the whole spectrum fits, Nyquist bin included
    nyquistKept = RESAMPLED_SAMPLES >= fftSize;
    int whole = (int) Math.round(periodSamples);
    if (allowFft && Math.abs(periodSamples - whole) < 1e-9 && whole % 2 == 0
        && whole >= RESAMPLED_SAMPLES) {
      inverse = new DoubleFFT_1D(whole);
      period = new double[whole];
      basis = null;
      nyquist = null;
      return;
    }
    inverse = null;
    period = null;
    basis = new double[RESAMPLED_SAMPLES * 2 * bins];
    nyquist = new double[RESAMPLED_SAMPLES];
    for (int i = 0; i < RESAMPLED_SAMPLES; i++) {
      nyquist[i] = nyquistKept ? Math.cos(Math.PI * fftSize * i / periodSamples) : 0;
      for (int b = 1; b <= bins; b++) {
        double w = 2 * Math.PI * b * i / periodSamples;
        basis[(2 * (b - 1)) * RESAMPLED_SAMPLES + i] = Math.cos(w);
        basis[(2 * (b - 1) + 1) * RESAMPLED_SAMPLES + i] = -Math.sin(w);
      }
    }
  }

  /**
   * Writes the first {@code count} formants (ascending) of the 20 ms frame starting at
   * {@code x[start]} (zero beyond the end) into {@code freqHz} and {@code bandwidthHz}; missing
   * formants are 0. Returns false when the frame has no energy.
   */
  boolean compute(float[] x, int start, int count, double[] freqHz, double[] bandwidthHz) {
    Arrays.fill(freqHz, 0, count, 0);
    Arrays.fill(bandwidthHz, 0, count, 0);
    resample(x, start, resampled);
    // All lags per sample: independent sums; the zero tail of resampled ends each lag's sum.
    Arrays.fill(r, 0);
    for (int i = 0; i < RESAMPLED_SAMPLES; i++) {
      double y = resampled[i];
      for (int l = 0; l <= ORDER; l++) {
        r[l] += y * resampled[i + l];
      }
    }
    if (!(r[0] > 1e-20)) {
      return false;
    }
    if (!levinson()) {
      return false;
    }
    if (!roots()) {
      warm = false;
      if (!roots()) {
        return false;
      }
    }
    int n = 0;
    for (int i = 0; i < ORDER; i++) {
      if (im[i] > 1e-9) {
        double f = Math.atan2(im[i], re[i]) * LPC_RATE_HZ / (2 * Math.PI);
        double mag = Math.hypot(re[i], im[i]);
        mag = mag > 1 ? 1 / mag : mag;
        if (f >= MIN_FORMANT_HZ && f <= MAX_FORMANT_HZ) {
          fHz[n] = f;
          bwHz[n] = -Math.log(mag) * LPC_RATE_HZ / Math.PI;
          n++;
        }
      }
    }
    // insertion sort by frequency
    for (int i = 1; i < n; i++) {
      double f = fHz[i];
      double b = bwHz[i];
      int j = i - 1;
      while (j >= 0 && fHz[j] > f) {
        fHz[j + 1] = fHz[j];
        bwHz[j + 1] = bwHz[j];
        j--;
      }
      fHz[j + 1] = f;
      bwHz[j + 1] = b;
    }
    for (int i = 0; i < Math.min(n, count); i++) {
      freqHz[i] = fHz[i];
      bandwidthHz[i] = bwHz[i];
    }
    return true;
  }

  /**
   * Writes the {@value #RESAMPLED_SAMPLES} samples at {@value #LPC_RATE_HZ} Hz that the predictor
   * sees for the 20 ms frame starting at {@code x[start]} (zero beyond the end) into
   * {@code out[0 .. RESAMPLED_SAMPLES)}.
   */
  void resample(float[] x, int start, double[] out) {
    // openSMILE centres the frame in its zero-padded FFT buffer; that matters here, since the
    // resampled frame is read back from the start of the buffer.
    int inside = Math.max(0, Math.min(frameSamples, x.length - start));
    Arrays.fill(work, 0, pad, 0);
    for (int i = 0; i < inside; i++) {
      work[pad + i] = x[start + i] * window[i];
    }
    Arrays.fill(work, pad + inside, work.length, 0);
    fft.realForward(work);
    synthesise(out);
  }

  /** Rebuilds the resampled frame in {@code out} from the lowest bins of the FFT in work. */
  private void synthesise(double[] out) {
    double dc = work[0];
    double top = work[1];
    if (inverse != null) {
      // One period's spectrum: the kept bins as they are, DC doubled (the inverse halves it again
      // relative to the other bins, which it counts twice as conjugate pairs); the inverse
      // overwrites it, so the bins above the kept ones are cleared every frame.
      period[0] = 2 * dc;
      period[1] = 0;
      System.arraycopy(work, 2, period, 2, 2 * bins);
      Arrays.fill(period, 2 + 2 * bins, period.length, 0);
      if (nyquistKept) {
        period[work.length] = top;
      }
      inverse.realInverse(period, false);
      for (int i = 0; i < RESAMPLED_SAMPLES; i++) {
        out[i] = period[i] / 2;
      }
      return;
    }
    // JTransforms' imaginary parts have the opposite sign to openSMILE's, so the basis' sines are
    // negated: the frame is rebuilt forward in time from the buffer's start, as openSMILE has it.
    for (int i = 0; i < RESAMPLED_SAMPLES; i++) {
      out[i] = dc + top * nyquist[i];
    }
    // Two bins (four rows) per pass: fewer loads and stores of the samples per multiply-add.
    final int len = RESAMPLED_SAMPLES;
    int rows = 2 * bins;
    int row = 0;
    for (; row + 4 <= rows; row += 4) {
      double c0 = work[2 + row];
      double c1 = work[3 + row];
      double c2 = work[4 + row];
      double c3 = work[5 + row];
      int b0 = row * len;
      int b1 = b0 + len;
      int b2 = b1 + len;
      int b3 = b2 + len;
      for (int i = 0; i < len; i++) {
        out[i] += c0 * basis[b0 + i] + c1 * basis[b1 + i] + c2 * basis[b2 + i]
            + c3 * basis[b3 + i];
      }
    }
    for (; row < rows; row++) {
      double c = work[2 + row];
      int base = row * len;
      for (int i = 0; i < len; i++) {
        out[i] += c * basis[base + i];
      }
    }
  }

  private boolean levinson() {
    Arrays.fill(a, 0);
    a[0] = 1;
    double err = r[0];
    for (int i = 1; i <= ORDER; i++) {
      double acc = r[i];
      for (int j = 1; j < i; j++) {
        acc += a[j] * r[i - j];
      }
      double k = -acc / err;
      System.arraycopy(a, 0, tmp, 0, i);
      for (int j = 1; j < i; j++) {
        a[j] = tmp[j] + k * tmp[i - j];
      }
      a[i] = k;
      err *= 1 - k * k;
      if (!(err > 0)) {
        return false;
      }
    }
    return true;
  }

  /** Roots of z^p - a1 z^(p-1) - ... - ap by Durand-Kerner; warm-started from the last frame. */
  private boolean roots() {
    if (!warm) {
      for (int i = 0; i < ORDER; i++) {
        double ang = 2 * Math.PI * i / ORDER + 0.4;
        re[i] = 0.9 * Math.cos(ang);
        im[i] = 0.9 * Math.sin(ang);
      }
    }
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double change = 0;
      for (int i = 0; i < ORDER; i++) {
        // p(z_i) by Horner
        double pr = 1;
        double pi = 0;
        for (int k = 1; k <= ORDER; k++) {
          double nr = pr * re[i] - pi * im[i] - a[k];
          pi = pr * im[i] + pi * re[i];
          pr = nr;
        }
        double dr = 1;
        double di = 0;
        for (int j = 0; j < ORDER; j++) {
          if (j != i) {
            double xr = re[i] - re[j];
            double xi = im[i] - im[j];
            double nr = dr * xr - di * xi;
            di = dr * xi + di * xr;
            dr = nr;
          }
        }
        double den = dr * dr + di * di;
        if (!(den > 1e-300)) {
          re[i] += 1e-6;
          im[i] += 1e-6;
          change = 1;
          continue;
        }
        double qr = (pr * dr + pi * di) / den;
        double qi = (pi * dr - pr * di) / den;
        re[i] -= qr;
        im[i] -= qi;
        change = Math.max(change, Math.abs(qr) + Math.abs(qi));
      }
      if (change < 1e-7) { // about 1e-4 Hz; tighter only costs iterations
        warm = true;
        return true;
      }
    }
    warm = false;
    for (int i = 0; i < ORDER; i++) {
      if (!Double.isFinite(re[i]) || !Double.isFinite(im[i])) {
        return false;
      }
    }
    return true;
  }
}
