package dev.ballast.demo;

import dev.ballast.audio.AudioClip;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A source-filter voice generator at {@value #SAMPLE_RATE_HZ} Hz. The source is a Rosenberg
 * glottal-flow pulse train following the F0 contour, with jitter, shimmer and creak drawn per
 * period, plus aspiration noise (stronger in the open phase) and a first-order spectral tilt.
 * It passes through five cascaded formant resonators (F1-F3 follow the syllables' targets; F4,
 * F5 are fixed by the vocal tract length), then lip radiation (first difference). Voiceless
 * consonants are band-passed noise mixed in after the tract. The voiced part is scaled to
 * {@code loudnessDbfs} RMS (turned down as a whole if its peak would pass -1 dBFS, so nothing
 * clips) and stationary background noise is added.
 *
 * <p>The output depends only on the parameters and the seed, on every JVM (StrictMath, no
 * threads).
 */
public final class VoiceSynthesizer {
  public static final int SAMPLE_RATE_HZ = 16000;
  /** Upper formants of an adult male tract and the bandwidths of F1-F5, Hz. */
  private static final double F4_HZ = 3500;
  private static final double F5_HZ = 4500;
  private static final double[] BANDWIDTHS_HZ = {70, 90, 150, 250, 300};
  /** Highest centre frequency a resonator may get, as a fraction of the sample rate. */
  private static final double MAX_CENTRE_FRACTION = 0.45;
  /** Frequency at which {@code spectralTiltDb} is measured. */
  private static final double TILT_REFERENCE_HZ = 3000;
  /** Level of frication at amplitude 1 relative to the voiced RMS. */
  private static final double FRICATION_LEVEL_DB = -8;
  /** Share of aspiration noise present in the closed phase (the rest follows the flow). */
  private static final double ASPIRATION_FLOOR = 0.3;
  /** A creaky period is this many times longer than the contour's period, and weaker. */
  private static final double CREAK_MIN_FACTOR = 1.6;
  private static final double CREAK_MAX_FACTOR = 2.4;
  private static final double CREAK_AMPLITUDE = 0.5;
  /** Opening phase as a fraction of the open phase (Rosenberg's pulse is skewed to the right). */
  private static final double OPENING_SHARE = 2.0 / 3.0;
  /** Source amplitudes below this are treated as silence (no noise drawn, filters paused). */
  private static final double SILENT_AMPLITUDE = 1e-4;
  /** Voicing above this counts as "voiced" when measuring the loudness. */
  private static final double VOICED_THRESHOLD = 0.5;
  private static final double FULL_SCALE = 32767.0 / 32768.0;
  /** Highest speech peak (about -1 dBFS); louder utterances are scaled down as a whole. */
  private static final double PEAK_LIMIT = 0.89;
  private static final double SQRT_PI_HALF = Math.sqrt(Math.PI) / 2;
  private static final int COS_TABLE_SIZE = 4096;
  /** cos(pi * i / (size - 1)), i = 0..size-1: the pulse shape without a cos call per sample. */
  private static final double[] HALF_COS = halfCosTable();

  private VoiceSynthesizer() {}

  /** Renders {@code params} with randomness (syllables, jitter, noise) from {@code seed}. */
  public static AudioClip synthesize(VoiceParams params, long seed) {
    Objects.requireNonNull(params, "params");
    return render(params, new SplittableRandom(seed));
  }

  private static AudioClip render(VoiceParams p, SplittableRandom rng) {
    int n = (int) Math.round(p.durationSec() * SAMPLE_RATE_HZ);
    UtterancePlan plan = UtterancePlan.create(p, n, rng);
    double[] voiced = new double[n];
    double[] fric = new double[n];
    Resonator[] tract = new Resonator[5];
    for (int i = 0; i < tract.length; i++) {
      tract[i] = new Resonator();
    }
    // Two band-pass sections: skirts steep enough to survive the radiation's +6 dB/octave.
    Resonator fricFilter = new Resonator();
    Resonator fricFilter2 = new Resonator();
    double maxCentre = MAX_CENTRE_FRACTION * SAMPLE_RATE_HZ;
    tract[3].tune(Math.min(maxCentre, F4_HZ * p.formantScale()),
        BANDWIDTHS_HZ[3] * p.bandwidthScale(), SAMPLE_RATE_HZ);
    tract[4].tune(Math.min(maxCentre, F5_HZ * p.formantScale()),
        BANDWIDTHS_HZ[4] * p.bandwidthScale(), SAMPLE_RATE_HZ);
    double tiltPole = tiltPole(p.spectralTiltDb());
    double jitterSd = p.jitterFraction() * SQRT_PI_HALF;
    double shimmerSd = p.shimmerFraction() * SQRT_PI_HALF;
    double opening = p.openQuotient() * OPENING_SHARE;
    double closing = p.openQuotient() - opening;
    double tilted = 0;
    double pulseStart = 0;
    double period = 1;
    double amplitude = 1;
    double nextPulse = 0;
    for (int step = 0; step * UtterancePlan.STEP_SAMPLES < n; step++) {
      tract[0].tune(plan.f1Hz[step], BANDWIDTHS_HZ[0] * p.bandwidthScale() * plan.b1Factor[step],
          SAMPLE_RATE_HZ);
      tract[1].tune(plan.f2Hz[step], BANDWIDTHS_HZ[1] * p.bandwidthScale(), SAMPLE_RATE_HZ);
      tract[2].tune(Math.min(maxCentre, plan.f3Hz[step]), BANDWIDTHS_HZ[2] * p.bandwidthScale(),
          SAMPLE_RATE_HZ);
      // Amplitudes are interpolated per sample: a step in the voicing of a DC-carrying glottal
      // flow would come out of the radiation as a click.
      double fricFrom = plan.frication[step];
      double fricTo = plan.frication[step + 1];
      boolean fricActive = Math.max(fricFrom, fricTo) > SILENT_AMPLITUDE;
      if (fricActive) {
        fricFilter.tuneBandPass(plan.fricationCentreHz[step], plan.fricationBandwidthHz[step],
            SAMPLE_RATE_HZ);
        fricFilter2.tuneBandPass(plan.fricationCentreHz[step], plan.fricationBandwidthHz[step],
            SAMPLE_RATE_HZ);
      }
      double avFrom = plan.voicing[step];
      double avTo = plan.voicing[step + 1];
      boolean voicedActive = Math.max(avFrom, avTo) > SILENT_AMPLITUDE;
      int start = step * UtterancePlan.STEP_SAMPLES;
      int end = Math.min(n, start + UtterancePlan.STEP_SAMPLES);
      for (int i = start; i < end; i++) {
        double frac = (i - start) / (double) UtterancePlan.STEP_SAMPLES;
        if (i >= nextPulse) {
          pulseStart = nextPulse;
          double f0 = p.f0Hz() * StrictMath.pow(2, plan.f0Semitones[step] / 12);
          double perturb = Math.max(0.5, Math.min(1.5, 1 + jitterSd * Seeds.gaussian(rng)));
          period = SAMPLE_RATE_HZ / f0 * perturb;
          amplitude = Math.max(0.2, 1 + shimmerSd * Seeds.gaussian(rng));
          // Creak gathers towards the end of the phrase: probability 2 * creakFraction * t / T.
          if (p.creakFraction() > 0 && rng.nextDouble() < 2 * p.creakFraction() * i / n) {
            period *= Seeds.uniform(rng, CREAK_MIN_FACTOR, CREAK_MAX_FACTOR);
            amplitude *= CREAK_AMPLITUDE;
          }
          nextPulse += period;
        }
        double flow = rosenberg((i - pulseStart) / period, opening, closing);
        double source = 0;
        if (voicedActive) {
          double av = avFrom + frac * (avTo - avFrom);
          double aspiration = p.breathinessFraction() * Seeds.noise(rng)
              * (ASPIRATION_FLOOR + (1 - ASPIRATION_FLOOR) * flow);
          source = av * (amplitude * flow + aspiration);
        }
        tilted = (1 - tiltPole) * source + tiltPole * tilted;
        double y = tilted;
        for (Resonator r : tract) {
          y = r.step(y);
        }
        voiced[i] = y;
        if (fricActive) {
          double fricAmp = fricFrom + frac * (fricTo - fricFrom);
          fric[i] = fricAmp * fricFilter2.step(fricFilter.step(Seeds.noise(rng)));
        }
      }
    }
    radiate(voiced);
    radiate(fric);
    return mix(p, plan, voiced, fric, rng);
  }

  /** Scales voiced speech to the loudness, frication relative to it, adds background noise. */
  private static AudioClip mix(VoiceParams p, UtterancePlan plan, double[] voiced, double[] fric,
      SplittableRandom rng) {
    double voicedRms = rms(voiced, plan.voicing, VOICED_THRESHOLD);
    double fricRms = unitRms(fric, plan.frication);
    double target = StrictMath.pow(10, p.loudnessDbfs() / 20);
    double voicedGain = voicedRms > 0 ? target / voicedRms : 0;
    double fricGain = fricRms > 0 ? target * StrictMath.pow(10, FRICATION_LEVEL_DB / 20) / fricRms
        : 0;
    double[] speech = new double[voiced.length];
    double peak = 0;
    for (int i = 0; i < speech.length; i++) {
      speech[i] = voicedGain * voiced[i] + fricGain * fric[i];
      peak = Math.max(peak, Math.abs(speech[i]));
    }
    // Like a recording level set to avoid clipping: a very loud take is turned down.
    double limit = peak > PEAK_LIMIT ? PEAK_LIMIT / peak : 1;
    double noise = StrictMath.pow(10, p.backgroundNoiseDbfs() / 20);
    float[] out = new float[voiced.length];
    for (int i = 0; i < out.length; i++) {
      double v = limit * speech[i] + noise * Seeds.noise(rng);
      out[i] = (float) Math.max(-1.0, Math.min(FULL_SCALE, v));
    }
    return new AudioClip(out, SAMPLE_RATE_HZ);
  }

  /** RMS of {@code x} over samples whose control value is above {@code threshold}. */
  private static double rms(double[] x, double[] control, double threshold) {
    double sum = 0;
    long count = 0;
    for (int i = 0; i < x.length; i++) {
      if (control[i / UtterancePlan.STEP_SAMPLES] > threshold) {
        sum += x[i] * x[i];
        count++;
      }
    }
    return count == 0 ? 0 : Math.sqrt(sum / count);
  }

  /** RMS of {@code x} divided by its amplitude track: the level of amplitude-1 frication. */
  private static double unitRms(double[] x, double[] amplitude) {
    double sum = 0;
    double weight = 0;
    for (int i = 0; i < x.length; i++) {
      double amp = amplitude[i / UtterancePlan.STEP_SAMPLES];
      sum += x[i] * x[i];
      weight += amp * amp;
    }
    return weight == 0 ? 0 : Math.sqrt(sum / weight);
  }

  /** Lip radiation as a first difference (a +6 dB/octave high-pass), in place. */
  private static void radiate(double[] x) {
    double previous = 0;
    for (int i = 0; i < x.length; i++) {
      double current = x[i];
      x[i] = current - previous;
      previous = current;
    }
  }

  /**
   * Rosenberg glottal flow at {@code phase} in [0, 1) of the period: a raised-cosine opening,
   * a quarter-cosine closing, then the closed phase.
   */
  static double rosenberg(double phase, double opening, double closing) {
    if (phase < opening) {
      return 0.5 * (1 - halfCos(phase / opening));
    }
    if (phase < opening + closing) {
      return halfCos(0.5 * (phase - opening) / closing);
    }
    return 0;
  }

  /** cos(pi * x) for x in [0, 1] by linear interpolation in the table. */
  private static double halfCos(double x) {
    double pos = Math.max(0, Math.min(1, x)) * (COS_TABLE_SIZE - 1);
    int i = Math.min(COS_TABLE_SIZE - 2, (int) pos);
    double frac = pos - i;
    return HALF_COS[i] + frac * (HALF_COS[i + 1] - HALF_COS[i]);
  }

  private static double[] halfCosTable() {
    double[] t = new double[COS_TABLE_SIZE];
    for (int i = 0; i < t.length; i++) {
      t[i] = StrictMath.cos(Math.PI * i / (COS_TABLE_SIZE - 1));
    }
    return t;
  }

  /**
   * Pole {@code a} of the low-pass {@code (1 - a) / (1 - a z^-1)} that attenuates
   * {@link #TILT_REFERENCE_HZ} by {@code tiltDb} relative to 0 Hz (bisection; the attenuation
   * grows monotonically with {@code a}).
   */
  static double tiltPole(double tiltDb) {
    if (tiltDb <= 0) {
      return 0;
    }
    double w = 2 * Math.PI * TILT_REFERENCE_HZ / SAMPLE_RATE_HZ;
    double lo = 0;
    double hi = 0.999;
    for (int iter = 0; iter < 60; iter++) {
      double a = (lo + hi) / 2;
      double gain2 = (1 - a) * (1 - a) / (1 - 2 * a * StrictMath.cos(w) + a * a);
      double attenuationDb = -10 * StrictMath.log10(gain2);
      if (attenuationDb < tiltDb) {
        lo = a;
      } else {
        hi = a;
      }
    }
    return (lo + hi) / 2;
  }
}
