package dev.ballast.paralinguistics;

/**
 * Pitch candidates of one frame, best subharmonic-summation score first. {@code f0Hz[i]} is the
 * candidate frequency, {@code score[i]} its SHS score relative to the frame's best (in (0, 1]),
 * {@code periodicity[i]} the window-corrected normalised autocorrelation at its period (about 1
 * for a clean periodic frame, 0 for noise). {@code relativePeak} is the frame's peak amplitude
 * over the clip's peak amplitude.
 */
record PitchCandidates(double[] f0Hz, double[] score, double[] periodicity, double relativePeak) {
  int size() {
    return f0Hz.length;
  }
}
