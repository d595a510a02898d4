package dev.ballast.audio;

/**
 * Band-limited sample-rate conversion with a Kaiser-windowed sinc, evaluated as a polyphase filter
 * for the exact rational ratio (or 4096 interpolated phases when that ratio needs more).
 *
 * <p>The pass band ends at 90 % of the lower Nyquist frequency and the stop band starts at that
 * Nyquist frequency with at least {@value #STOPBAND_ATTENUATION_DB} dB attenuation, so content that
 * cannot be represented at the new rate is removed instead of aliased. Each phase is normalised to
 * unit DC gain, which keeps pass-band levels within a few thousandths of a dB.
 */
public final class SampleRateConverter {
  static final double STOPBAND_ATTENUATION_DB = 90;
  private static final double PASSBAND_FRACTION = 0.90;
  private static final int MAX_EXACT_PHASES = 4096;

  private final int sourceRateHz;
  private final int targetRateHz;
  private final long up;
  private final long down;
  private final int phases;
  private final int halfTaps;
  /** {@code float[phase][tap]}, phase in [0, phases], tap offset in [-halfTaps, halfTaps + 1]. */
  private final float[][] table;

  public SampleRateConverter(int sourceRateHz, int targetRateHz) {
    if (sourceRateHz <= 0 || targetRateHz <= 0) {
      throw new IllegalArgumentException("sample rates must be positive, got " + sourceRateHz
          + " Hz -> " + targetRateHz + " Hz");
    }
    this.sourceRateHz = sourceRateHz;
    this.targetRateHz = targetRateHz;
    long g = gcd(sourceRateHz, targetRateHz);
    this.up = targetRateHz / g;
    this.down = sourceRateHz / g;
    this.phases = (int) Math.min(up, MAX_EXACT_PHASES);

    double nyquistHz = 0.5 * Math.min(sourceRateHz, targetRateHz);
    double passHz = PASSBAND_FRACTION * nyquistHz;
    double transitionHz = nyquistHz - passHz;
    double cutoffHz = 0.5 * (passHz + nyquistHz);
    double a = STOPBAND_ATTENUATION_DB;
    double beta = 0.1102 * (a - 8.7);
    // Kaiser's length estimate, in seconds, then in source samples.
    double lengthSec = (a - 7.95) / (14.36 * transitionHz);
    double halfWidth = 0.5 * lengthSec * sourceRateHz;
    this.halfTaps = (int) Math.ceil(halfWidth);
    double bandwidth = 2 * cutoffHz / sourceRateHz; // normalised to the source rate
    double i0Beta = besselI0(beta);
    table = new float[phases + 1][2 * halfTaps + 2];
    for (int p = 0; p <= phases; p++) {
      double frac = p / (double) phases;
      double sum = 0;
      double[] h = new double[2 * halfTaps + 2];
      for (int j = -halfTaps; j <= halfTaps + 1; j++) {
        double d = j - frac;
        double r = d / halfWidth;
        if (Math.abs(r) >= 1) {
          continue;
        }
        double x = bandwidth * d;
        double sinc = x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
        double w = besselI0(beta * Math.sqrt(1 - r * r)) / i0Beta;
        h[j + halfTaps] = bandwidth * sinc * w;
        sum += h[j + halfTaps];
      }
      for (int t = 0; t < h.length; t++) {
        table[p][t] = (float) (h[t] / sum);
      }
    }
  }

  /** Converters by rate pair: building a filter table costs more than converting a short clip. */
  private static final java.util.Map<Long, SampleRateConverter> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Converts {@code clip} to {@code targetRateHz}; returns it unchanged when the rate matches. */
  public static AudioClip convert(AudioClip clip, int targetRateHz) {
    if (clip.sampleRateHz() == targetRateHz) {
      return clip;
    }
    long key = ((long) clip.sampleRateHz() << 32) | targetRateHz;
    return CACHE.computeIfAbsent(key, k -> new SampleRateConverter(clip.sampleRateHz(),
        targetRateHz)).apply(clip);
  }

  public AudioClip apply(AudioClip clip) {
    if (clip.sampleRateHz() != sourceRateHz) {
      throw new IllegalArgumentException("this converter expects " + sourceRateHz
          + " Hz input, got a clip at " + clip.sampleRateHz() + " Hz");
    }
    float[] x = clip.samples();
    int outLength = (int) ((x.length * up + down - 1) / down);
    float[] y = new float[outLength];
    int taps = 2 * halfTaps + 2;
    for (int n = 0; n < outLength; n++) {
      long num = n * down;
      long k0 = num / up;
      double phasePos = (num % up) * (double) phases / up;
      int p = (int) phasePos;
      double mix = phasePos - p;
      float[] h0 = table[p];
      float[] h1 = table[Math.min(p + 1, phases)];
      long first = k0 - halfTaps;
      int tStart = (int) Math.max(0, -first);
      int tEnd = (int) Math.min(taps, x.length - first);
      double acc0 = 0;
      int base = (int) first;
      if (mix == 0) { // always so for an exact rational ratio: one phase table suffices
        for (int t = tStart; t < tEnd; t++) {
          acc0 += x[base + t] * h0[t];
        }
        y[n] = (float) acc0;
        continue;
      }
      double acc1 = 0;
      for (int t = tStart; t < tEnd; t++) {
        float v = x[base + t];
        acc0 += v * h0[t];
        acc1 += v * h1[t];
      }
      y[n] = (float) (acc0 + mix * (acc1 - acc0));
    }
    return new AudioClip(y, targetRateHz);
  }

  private static double besselI0(double x) {
    double sum = 1;
    double term = 1;
    double q = x * x / 4;
    for (int k = 1; k < 200; k++) {
      term *= q / ((double) k * k);
      sum += term;
      if (term < sum * 1e-17) {
        break;
      }
    }
    return sum;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
