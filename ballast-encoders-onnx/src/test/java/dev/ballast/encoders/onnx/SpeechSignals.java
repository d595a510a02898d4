package dev.ballast.encoders.onnx;

import java.util.Random;

/** Seeded synthetic test audio at 16 kHz in [-1, 1) scale. */
final class SpeechSignals {
  static final int RATE = 16000;

  private SpeechSignals() {}

  static float[] tone(double hz, double seconds, double amplitude) {
    float[] x = new float[(int) Math.round(seconds * RATE)];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / RATE));
    }
    return x;
  }

  /**
   * Speech-like audio: syllables of 120 to 300 ms with a gliding 90 to 260 Hz pulse-like source
   * (harmonics falling 6 dB per octave), two moving formant-like emphases, a rise/fall envelope,
   * short pauses between words, and a faint noise floor.
   */
  static float[] speechLike(double seconds, long seed) {
    Random rng = new Random(seed);
    float[] x = new float[(int) Math.round(seconds * RATE)];
    int i = 0;
    double phase = 0;
    while (i < x.length) {
      int syllable = (int) ((0.12 + 0.18 * rng.nextDouble()) * RATE);
      double f0Start = 90 + 170 * rng.nextDouble();
      double f0End = f0Start * (0.8 + 0.4 * rng.nextDouble());
      double formant1 = 300 + 600 * rng.nextDouble();
      double formant2 = 900 + 1600 * rng.nextDouble();
      double loud = 0.05 + 0.25 * rng.nextDouble();
      for (int n = 0; n < syllable && i < x.length; n++, i++) {
        double t = n / (double) syllable;
        double f0 = f0Start + (f0End - f0Start) * t;
        phase += 2 * Math.PI * f0 / RATE;
        double v = 0;
        for (int h = 1; h * f0 < 4000; h++) {
          double hz = h * f0;
          double emphasis = 1 + 3 * Math.exp(-Math.pow((hz - formant1) / 150, 2))
              + 2 * Math.exp(-Math.pow((hz - formant2) / 250, 2));
          v += emphasis * Math.sin(h * phase) / h;
        }
        x[i] = (float) (loud * Math.sin(Math.PI * t) * v * 0.3 + 0.002 * rng.nextGaussian());
      }
      if (rng.nextDouble() < 0.3) {
        int pause = (int) ((0.05 + 0.3 * rng.nextDouble()) * RATE);
        for (int n = 0; n < pause && i < x.length; n++, i++) {
          x[i] = (float) (0.002 * rng.nextGaussian());
        }
      }
    }
    for (int k = 0; k < x.length; k++) {
      x[k] = Math.max(-1f, Math.min(0.99997f, x[k]));
    }
    return x;
  }
}
