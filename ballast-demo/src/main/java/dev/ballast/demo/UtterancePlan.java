package dev.ballast.demo;

import java.util.SplittableRandom;

/**
 * The articulation of one utterance as control tracks sampled every {@link #STEP_SAMPLES}
 * samples (1 ms at 16 kHz): a random sequence of syllables (optional consonant onset, vowel,
 * optional nasal coda) laid out at the requested tempo, and the F0 contour in semitones.
 * Layout: every track is {@code double[controlStep]}.
 */
final class UtterancePlan {
  static final int STEP_SAMPLES = 16;
  private static final double STEP_SEC = STEP_SAMPLES / (double) VoiceSynthesizer.SAMPLE_RATE_HZ;
  /** Smoothing time constants: articulators move continuously, not in steps. */
  private static final double VOICING_TAU_SEC = 0.005;
  private static final double FRICATION_TAU_SEC = 0.003;
  private static final double FORMANT_TAU_SEC = 0.015;
  private static final double TONE_TAU_SEC = 0.02;
  /** Nasal murmur targets (adult male), bandwidth factor on B1 and voicing level. */
  private static final double[] NASAL_FORMANTS_HZ = {280, 1050, 2250};
  private static final double NASAL_B1_FACTOR = 1.8;
  private static final double NASAL_VOICING = 0.4;
  /** Noise amplitudes of stop bursts and fricatives (1 = the synthesizer's frication level). */
  private static final double BURST_AMPLITUDE = 0.6;
  private static final double FRICATIVE_AMPLITUDE = 0.45;

  final int steps;
  /** Glottal source amplitude, 0 (voiceless) to 1. */
  final double[] voicing;
  /** Frication / burst noise amplitude, 0 to 1. */
  final double[] frication;
  final double[] fricationCentreHz;
  final double[] fricationBandwidthHz;
  /** Formant frequencies F1-F3 in Hz (already scaled and shifted for the speaker). */
  final double[] f1Hz;
  final double[] f2Hz;
  final double[] f3Hz;
  /** Factor on the F1 bandwidth (wider in nasals). */
  final double[] b1Factor;
  /** F0 relative to {@code f0Hz}, semitones. */
  final double[] f0Semitones;

  private enum Onset { NONE, STOP, FRICATIVE, NASAL }

  private UtterancePlan(int steps) {
    this.steps = steps;
    voicing = new double[steps];
    frication = new double[steps];
    fricationCentreHz = new double[steps];
    fricationBandwidthHz = new double[steps];
    f1Hz = new double[steps];
    f2Hz = new double[steps];
    f3Hz = new double[steps];
    b1Factor = new double[steps];
    f0Semitones = new double[steps];
  }

  static UtterancePlan create(VoiceParams p, int numSamples, SplittableRandom rng) {
    UtterancePlan plan = new UtterancePlan(numSamples / STEP_SAMPLES + 2);
    double duration = p.durationSec();
    double lead = Math.min(0.15 * duration, Seeds.uniform(rng, 0.06, 0.14));
    double trail = Math.min(0.15 * duration, Seeds.uniform(rng, 0.06, 0.16));
    double speech = duration - lead - trail;
    int syllables = Math.max(1, (int) Math.round(speech * p.tempoSyllablesPerSec()));
    double[] weights = new double[syllables];
    double total = 0;
    for (int i = 0; i < syllables; i++) {
      weights[i] = Seeds.uniform(rng, 0.8, 1.2);
      total += weights[i];
    }
    double[] tone = new double[plan.steps];
    double scale = p.formantScale();
    double f1Factor = scale * (1 + p.f1ShiftFraction());
    double f2Factor = scale * (1 + p.f2ShiftFraction());
    // Before the first syllable the tract rests in a neutral position.
    plan.fillFormants(0, plan.steps, Vowel.SCHWA.f1Hz * f1Factor, Vowel.SCHWA.f2Hz * f2Factor,
        Vowel.SCHWA.f3Hz * scale, 1);
    double t = lead;
    for (int i = 0; i < syllables; i++) {
      double len = speech * weights[i] / total;
      plan.syllable(t, len, i == 0, rng, f1Factor, f2Factor, scale, tone, p);
      t += len;
    }
    smooth(plan.voicing, VOICING_TAU_SEC);
    smooth(plan.frication, FRICATION_TAU_SEC);
    smooth(plan.f1Hz, FORMANT_TAU_SEC);
    smooth(plan.f2Hz, FORMANT_TAU_SEC);
    smooth(plan.f3Hz, FORMANT_TAU_SEC);
    smooth(plan.b1Factor, FORMANT_TAU_SEC);
    smooth(tone, TONE_TAU_SEC);
    plan.contour(p, lead, speech, tone, rng);
    return plan;
  }

  private void syllable(double start, double len, boolean first, SplittableRandom rng,
      double f1Factor, double f2Factor, double scale, double[] tone, VoiceParams p) {
    double end = start + len;
    double u = rng.nextDouble();
    Onset onset = u < 0.15 ? Onset.NONE : u < 0.5 ? Onset.STOP : u < 0.75 ? Onset.FRICATIVE
        : Onset.NASAL;
    double t = start;
    double maxOnset = 0.4 * len;
    switch (onset) {
      case STOP: {
        double closure = Math.min(Seeds.uniform(rng, 0.035, 0.06), maxOnset * 0.75);
        double burst = Math.min(0.012, maxOnset - closure);
        int place = rng.nextInt(3); // labial, alveolar, velar burst spectra
        double centre = place == 0 ? 1200 : place == 1 ? 3800 : 2200;
        fill(frication, t + closure, t + closure + burst, BURST_AMPLITUDE);
        fill(fricationCentreHz, t + closure, t + closure + burst, centre * scale);
        fill(fricationBandwidthHz, t + closure, t + closure + burst, 1500);
        t += closure + burst;
        break;
      }
      case FRICATIVE: {
        double dur = Math.min(Seeds.uniform(rng, 0.05, 0.09), maxOnset);
        int place = rng.nextInt(3); // s-like, sh-like, f-like
        double centre = place == 0 ? 5000 : place == 1 ? 3000 : 1800;
        double bw = place == 0 ? 2000 : place == 1 ? 1200 : 2500;
        fill(frication, t, t + dur, FRICATIVE_AMPLITUDE);
        fill(fricationCentreHz, t, t + dur, Math.min(centre * scale, 6500));
        fill(fricationBandwidthHz, t, t + dur, bw);
        t += dur;
        break;
      }
      case NASAL: {
        double dur = Math.min(Seeds.uniform(rng, 0.04, 0.07), maxOnset);
        fill(voicing, t, t + dur, NASAL_VOICING);
        fillFormants(index(t), index(t + dur), NASAL_FORMANTS_HZ[0] * scale,
            NASAL_FORMANTS_HZ[1] * scale, NASAL_FORMANTS_HZ[2] * scale, NASAL_B1_FACTOR);
        t += dur;
        break;
      }
      default:
        break;
    }
    double vowelEnd = end;
    boolean coda = rng.nextDouble() < 0.3;
    if (coda) {
      vowelEnd = end - Math.min(Seeds.uniform(rng, 0.035, 0.06), 0.2 * len);
    }
    Vowel v = Vowel.values()[rng.nextInt(Vowel.values().length)];
    double stress = first ? 1.0 : Seeds.uniform(rng, 0.65, 1.0);
    fill(voicing, t, vowelEnd, stress);
    fillFormants(index(t), index(vowelEnd), v.f1Hz * f1Factor, v.f2Hz * f2Factor,
        v.f3Hz * scale, 1);
    if (coda) {
      fill(voicing, vowelEnd, end, NASAL_VOICING * stress);
      fillFormants(index(vowelEnd), steps, NASAL_FORMANTS_HZ[0] * scale,
          NASAL_FORMANTS_HZ[1] * scale, NASAL_FORMANTS_HZ[2] * scale, NASAL_B1_FACTOR);
    } else {
      // Hold the vowel's formants through the following closure or silence.
      fillFormants(index(vowelEnd), steps, v.f1Hz * f1Factor, v.f2Hz * f2Factor,
          v.f3Hz * scale, 1);
    }
    // A tone per syllable: level, rising, falling, dipping or peaking pitch movement.
    int shape = rng.nextInt(5);
    int from = index(start);
    int to = Math.max(from + 1, index(end));
    for (int k = from; k < to && k < steps; k++) {
      double q = (k - from) / (double) (to - from);
      double s;
      switch (shape) {
        case 0:
          s = 0;
          break;
        case 1:
          s = q - 0.5;
          break;
        case 2:
          s = 0.5 - q;
          break;
        case 3:
          s = 0.5 - StrictMath.sin(Math.PI * q);
          break;
        default:
          s = StrictMath.sin(Math.PI * q) - 0.5;
      }
      tone[k] = s * p.syllableToneSemitones();
    }
  }

  /** Phrase contour + declination + tones + tremor + a slow random drift, in semitones. */
  private void contour(VoiceParams p, double lead, double speech, double[] tone,
      SplittableRandom rng) {
    double mid = p.durationSec() / 2;
    double tremorPhase = rng.nextDouble() * 2 * Math.PI;
    double driftRateHz = Seeds.uniform(rng, 0.4, 1.5);
    double driftPhase = rng.nextDouble() * 2 * Math.PI;
    double driftSemitones = 0.3;
    for (int k = 0; k < steps; k++) {
      double time = k * STEP_SEC;
      double st = p.f0RangeSemitones() * p.intonation().at((time - lead) / speech);
      st -= p.declinationSemitonesPerSec() * (time - mid);
      st += tone[k];
      st += p.tremorSemitones() * StrictMath.sin(2 * Math.PI * p.tremorRateHz() * time
          + tremorPhase);
      st += driftSemitones * StrictMath.sin(2 * Math.PI * driftRateHz * time + driftPhase);
      f0Semitones[k] = st;
    }
  }

  private int index(double timeSec) {
    return Math.min(steps, Math.max(0, (int) Math.round(timeSec / STEP_SEC)));
  }

  private void fill(double[] track, double fromSec, double toSec, double value) {
    for (int k = index(fromSec); k < index(toSec); k++) {
      track[k] = value;
    }
  }

  private void fillFormants(int from, int to, double f1, double f2, double f3, double b1) {
    for (int k = from; k < to; k++) {
      f1Hz[k] = f1;
      f2Hz[k] = f2;
      f3Hz[k] = f3;
      b1Factor[k] = b1;
    }
  }

  /** One-pole smoothing in place with time constant {@code tauSec}. */
  private static void smooth(double[] x, double tauSec) {
    double k = 1 - StrictMath.exp(-STEP_SEC / tauSec);
    double y = x[0];
    for (int i = 0; i < x.length; i++) {
      y += k * (x[i] - y);
      x[i] = y;
    }
  }
}
