package dev.ballast.demo;

import java.util.SplittableRandom;

/** Seed derivation and random draws that give the same numbers on every JVM. */
final class Seeds {
  private Seeds() {}

  /** A seed derived from {@code seed} and a path of indices (SplitMix64 finaliser per step). */
  static long derive(long seed, long... path) {
    long h = seed;
    for (long p : path) {
      h = mix(h ^ mix(p + 0x9E3779B97F4A7C15L));
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A standard normal draw (Box-Muller with StrictMath, so reproducible across platforms). */
  static double gaussian(SplittableRandom rng) {
    double u1 = 1.0 - rng.nextDouble(); // (0, 1]
    double u2 = rng.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
  }

  /** A cheap zero-mean unit-variance noise sample (sum of four uniforms), for audio noise. */
  static double noise(SplittableRandom rng) {
    return (rng.nextDouble() + rng.nextDouble() + rng.nextDouble() + rng.nextDouble() - 2)
        * 1.7320508075688772;
  }

  /** {@code mean * exp(sd * z)}: a positive factor with median {@code mean}. */
  static double logNormal(SplittableRandom rng, double median, double sdLog) {
    return median * StrictMath.exp(sdLog * gaussian(rng));
  }

  static double uniform(SplittableRandom rng, double lo, double hi) {
    return lo + (hi - lo) * rng.nextDouble();
  }
}
