package dev.ballast.paralinguistics;

/** Analysis windows, as arrays of {@code length} coefficients. */
final class Windows {
  private Windows() {}

  /** Gaussian window exp(-0.5 ((n - c) / (sigma c))^2), c = (length - 1) / 2. */
  static double[] gaussian(int length, double sigma) {
    double[] w = new double[length];
    double c = (length - 1) / 2.0;
    for (int n = 0; n < length; n++) {
      double z = (n - c) / (sigma * c);
      w[n] = Math.exp(-0.5 * z * z);
    }
    return w;
  }

  /** Hamming window 0.54 - 0.46 cos(2 pi n / (length - 1)). */
  static double[] hamming(int length) {
    double[] w = new double[length];
    for (int n = 0; n < length; n++) {
      w[n] = 0.54 - 0.46 * Math.cos(2 * Math.PI * n / (length - 1));
    }
    return w;
  }
}
