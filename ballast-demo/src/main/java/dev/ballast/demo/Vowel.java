package dev.ballast.demo;

/**
 * Vowel targets of an adult male voice (F1-F3 in Hz, classic average values for six vowel
 * qualities); {@link VoiceSynthesizer} scales them by the speaker's formant scale.
 */
enum Vowel {
  I(270, 2290, 3010),
  E(530, 1840, 2480),
  A(730, 1090, 2440),
  O(570, 840, 2410),
  U(300, 870, 2240),
  SCHWA(640, 1190, 2390);

  final double f1Hz;
  final double f2Hz;
  final double f3Hz;

  Vowel(double f1Hz, double f2Hz, double f3Hz) {
    this.f1Hz = f1Hz;
    this.f2Hz = f2Hz;
    this.f3Hz = f3Hz;
  }
}
