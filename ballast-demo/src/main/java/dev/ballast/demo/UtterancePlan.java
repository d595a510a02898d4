package dev.ballast.demo;

import java.util.SplittableRandom;

/**
 * The articulation of one utterance as control tracks sampled every {@link #STEP_SAMPLES}
 * samples (1 ms at 16 kHz): a random sequence of syllables (optional consonant onset, vowel,
 * optional nasal coda) laid out at the requested tempo with pauses between some of them, and
 * the F0 contour in semitones. Layout: every track is {@code double[controlStep]}, with
 * {@code controlStep = sample / STEP_SAMPLES}.
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
  /** Noise spectra of fricatives: sibilants relative to their centre, f-like ones fixed. */
  private static final double SIBILANT_RELATIVE_BANDWIDTH = 0.35;
  private static final double NON_SIBILANT_CENTRE_HZ = 1800;
  private static final double NON_SIBILANT_BANDWIDTH_HZ = 2500;
  private static final double MAX_FRICATION_CENTRE_HZ = 7000;
  /** Stop consonants: closure (silence), then a short burst at a labial/alveolar/velar place. */
  private static final double[] STOP_CLOSURE_SEC = {0.035, 0.06};
  private static final double BURST_SEC = 0.012;
  private static final double[] BURST_CENTRES_HZ = {1200, 3800, 2200};
  private static final double BURST_BANDWIDTH_HZ = 1500;
  private static final double[] FRICATIVE_SEC = {0.05, 0.09};
  private static final double[] NASAL_SEC = {0.04, 0.07};
  /** An onset takes at most this share of its syllable. */
  private static final double MAX_ONSET_SHARE = 0.4;
  /** Share of syllables closed by a nasal coda, its duration and its maximum share. */
  private static final double CODA_PROBABILITY = 0.3;
  private static final double[] CODA_SEC = {0.035, 0.06};
  private static final double MAX_CODA_SHARE = 0.2;
  /** Voicing of unstressed syllables relative to the first (stressed) one. */
  private static final double[] UNSTRESSED_VOICING = {0.65, 1.0};
  /** Spread of syllable durations around the mean, as factors. */
  private static final double[] SYLLABLE_LENGTH_FACTOR = {0.8, 1.2};
  /** Silence before and after the speech, and its largest share of the clip. */
  private static final double[] LEAD_SEC = {0.06, 0.14};
  private static final double[] TRAIL_SEC = {0.06, 0.16};
  private static final double MAX_EDGE_SHARE = 0.15;
  /** A slow random F0 wander: depth and rate range. */
  private static final double DRIFT_SEMITONES = 0.3;
  private static final double[] DRIFT_RATE_HZ = {0.4, 1.5};

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

  /** Onset kinds in their proportions: 1/8 none, 3/8 stops, 1/4 fricatives, 1/4 nasals. */
  private static final Onset[] ONSET_MIX = {Onset.NONE, Onset.STOP, Onset.STOP, Onset.STOP,
      Onset.FRICATIVE, Onset.FRICATIVE, Onset.NASAL, Onset.NASAL};

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
    double lead = Math.min(MAX_EDGE_SHARE * duration, uniform(rng, LEAD_SEC));
    double trail = Math.min(MAX_EDGE_SHARE * duration, uniform(rng, TRAIL_SEC));
    double speech = duration - lead - trail;
    // Pauses between words: a few syllable boundaries get an equal share of the pause time;
    // the tempo is an articulation rate, so pauses lengthen nothing but the gaps.
    int syllables = Math.max(1,
        (int) Math.round(speech * (1 - p.pauseFraction()) * p.tempoSyllablesPerSec()));
    double pauseTotal = syllables > 1 ? p.pauseFraction() * speech : 0;
    int gaps = syllables > 1 ? Math.max(1, Math.min(syllables - 1, syllables / 4)) : 0;
    boolean[] pauseAfter = new boolean[syllables];
    for (int placed = 0; placed < gaps; ) {
      int at = rng.nextInt(syllables - 1);
      if (!pauseAfter[at]) {
        pauseAfter[at] = true;
        placed++;
      }
    }
    double[] weights = new double[syllables];
    double total = 0;
    for (int i = 0; i < syllables; i++) {
      weights[i] = uniform(rng, SYLLABLE_LENGTH_FACTOR);
      total += weights[i];
    }
    double[] tone = new double[plan.steps];
    double scale = p.formantScale();
    double f1Factor = scale * (1 + p.f1ShiftFraction());
    double f2Factor = scale * (1 + p.f2ShiftFraction());
    // Before the first syllable the tract rests in a neutral position.
    plan.fillFormants(0, plan.steps, Vowel.SCHWA.f1Hz * f1Factor, Vowel.SCHWA.f2Hz * f2Factor,
        Vowel.SCHWA.f3Hz * scale, 1);
    // Phonetically balanced content: every vowel and onset kind in turn, in shuffled rounds, so
    // the utterance's average spectrum depends on the voice more than on the words.
    Vowel[] vowels = balanced(Vowel.values(), syllables, rng);
    Onset[] onsets = balanced(ONSET_MIX, syllables, rng);
    double t = lead;
    double voicedTime = speech - pauseTotal;
    for (int i = 0; i < syllables; i++) {
      double len = voicedTime * weights[i] / total;
      plan.syllable(t, len, i == 0, onsets[i], vowels[i], rng, f1Factor, f2Factor, scale, tone,
          p);
      t += len + (pauseAfter[i] ? pauseTotal / gaps : 0);
    }
    // Noise filters are tuned from these tracks also where the noise is fading in or out.
    hold(plan.fricationCentreHz, NON_SIBILANT_CENTRE_HZ);
    hold(plan.fricationBandwidthHz, NON_SIBILANT_BANDWIDTH_HZ);
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

  private void syllable(double start, double len, boolean first, Onset onset, Vowel v,
      SplittableRandom rng, double f1Factor, double f2Factor, double scale, double[] tone,
      VoiceParams p) {
    double end = start + len;
    double t = start;
    double maxOnset = MAX_ONSET_SHARE * len;
    switch (onset) {
      case STOP -> {
        double closure = Math.min(uniform(rng, STOP_CLOSURE_SEC), maxOnset * 0.75);
        double burst = Math.min(BURST_SEC, maxOnset - closure);
        double centre = BURST_CENTRES_HZ[rng.nextInt(BURST_CENTRES_HZ.length)];
        fill(frication, t + closure, t + closure + burst, BURST_AMPLITUDE);
        fill(fricationCentreHz, t + closure, t + closure + burst, centre * scale);
        fill(fricationBandwidthHz, t + closure, t + closure + burst, BURST_BANDWIDTH_HZ);
        t += closure + burst;
      }
      case FRICATIVE -> {
        double dur = Math.min(uniform(rng, FRICATIVE_SEC), maxOnset);
        // Two in three fricatives are sibilants (speaker's sibilant spectrum), the rest f-like.
        boolean sibilant = rng.nextInt(3) < 2;
        double centre = sibilant ? p.sibilantCentreHz() * scale : NON_SIBILANT_CENTRE_HZ;
        double bw = sibilant ? SIBILANT_RELATIVE_BANDWIDTH * centre : NON_SIBILANT_BANDWIDTH_HZ;
        fill(frication, t, t + dur, FRICATIVE_AMPLITUDE);
        fill(fricationCentreHz, t, t + dur, Math.min(centre, MAX_FRICATION_CENTRE_HZ));
        fill(fricationBandwidthHz, t, t + dur, bw);
        t += dur;
      }
      case NASAL -> {
        double dur = Math.min(uniform(rng, NASAL_SEC), maxOnset);
        fill(voicing, t, t + dur, NASAL_VOICING);
        fillFormants(index(t), index(t + dur), NASAL_FORMANTS_HZ[0] * scale,
            NASAL_FORMANTS_HZ[1] * scale, NASAL_FORMANTS_HZ[2] * scale, NASAL_B1_FACTOR);
        t += dur;
      }
      case NONE -> { }
    }
    double vowelEnd = end;
    boolean coda = rng.nextDouble() < CODA_PROBABILITY;
    if (coda) {
      vowelEnd = end - Math.min(uniform(rng, CODA_SEC), MAX_CODA_SHARE * len);
    }
    double space = p.vowelSpaceScale();
    double f1 = centred(Vowel.SCHWA.f1Hz, v.f1Hz, space) * f1Factor;
    double f2 = centred(Vowel.SCHWA.f2Hz, v.f2Hz, space) * f2Factor;
    double f3 = centred(Vowel.SCHWA.f3Hz, v.f3Hz, space) * scale;
    double stress = first ? 1.0 : uniform(rng, UNSTRESSED_VOICING);
    fill(voicing, t, vowelEnd, stress);
    fillFormants(index(t), index(vowelEnd), f1, f2, f3, 1);
    if (coda) {
      fill(voicing, vowelEnd, end, NASAL_VOICING * stress);
      fillFormants(index(vowelEnd), steps, NASAL_FORMANTS_HZ[0] * scale,
          NASAL_FORMANTS_HZ[1] * scale, NASAL_FORMANTS_HZ[2] * scale, NASAL_B1_FACTOR);
    } else {
      // Hold the vowel's formants through the following closure or silence.
      fillFormants(index(vowelEnd), steps, f1, f2, f3, 1);
    }
    // A tone per syllable: level, rising, falling, dipping or peaking pitch movement.
    int shape = rng.nextInt(5);
    int from = index(start);
    int to = Math.max(from + 1, index(end));
    for (int k = from; k < to && k < steps; k++) {
      double q = (k - from) / (double) (to - from);
      double s = switch (shape) {
        case 0 -> 0;
        case 1 -> q - 0.5;
        case 2 -> 0.5 - q;
        case 3 -> 0.5 - StrictMath.sin(Math.PI * q);
        default -> StrictMath.sin(Math.PI * q) - 0.5;
      };
      tone[k] = s * p.syllableToneSemitones();
    }
  }

  /** Phrase contour + declination + tones + tremor + a slow random drift, in semitones. */
  private void contour(VoiceParams p, double lead, double speech, double[] tone,
      SplittableRandom rng) {
    double mid = p.durationSec() / 2;
    double tremorPhase = rng.nextDouble() * 2 * Math.PI;
    double driftRateHz = uniform(rng, DRIFT_RATE_HZ);
    double driftPhase = rng.nextDouble() * 2 * Math.PI;
    for (int k = 0; k < steps; k++) {
      double time = k * STEP_SEC;
      double st = p.f0RangeSemitones() * p.intonation().at((time - lead) / speech);
      st -= p.declinationSemitonesPerSec() * (time - mid);
      st += tone[k];
      st += p.tremorSemitones() * StrictMath.sin(2 * Math.PI * p.tremorRateHz() * time
          + tremorPhase);
      st += DRIFT_SEMITONES * StrictMath.sin(2 * Math.PI * driftRateHz * time + driftPhase);
      f0Semitones[k] = st;
    }
  }

  /** Uniform in [{@code range[0]}, {@code range[1]}). */
  private static double uniform(SplittableRandom rng, double[] range) {
    return Seeds.uniform(rng, range[0], range[1]);
  }

  /** {@code count} items: shuffled rounds through all of {@code items}. */
  private static <T> T[] balanced(T[] items, int count, SplittableRandom rng) {
    T[] out = java.util.Arrays.copyOf(items, count);
    T[] round = items.clone();
    for (int i = 0; i < count; i++) {
      int k = i % items.length;
      if (k == 0) {
        for (int j = round.length - 1; j > 0; j--) {
          int r = rng.nextInt(j + 1);
          T tmp = round[j];
          round[j] = round[r];
          round[r] = tmp;
        }
      }
      out[i] = round[k];
    }
    return out;
  }

  /** {@code target} moved towards or away from {@code centre} by {@code space}. */
  private static double centred(double centre, double target, double space) {
    return centre + space * (target - centre);
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

  /**
   * Fills the unset (zero) entries of {@code track} with the nearest set value before them (or
   * after them, at the start); {@code fallback} if none is set.
   */
  private static void hold(double[] track, double fallback) {
    double last = 0;
    for (double v : track) {
      if (v != 0) {
        last = v;
        break;
      }
    }
    if (last == 0) {
      last = fallback;
    }
    for (int i = 0; i < track.length; i++) {
      if (track[i] == 0) {
        track[i] = last;
      } else {
        last = track[i];
      }
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
