package dev.ballast.paralinguistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.audio.AudioClip;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EgemapsAnalyticTest {
  private static final int RATE = 16000;

  private static AudioClip tone(double hz, double sec, double amplitude) {
    float[] x = new float[(int) (sec * RATE)];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / RATE));
    }
    return new AudioClip(x, RATE);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length == 0 ? Double.NaN : s[s.length / 2];
  }

  private static double[] voicedValues(EgemapsLld lld, float[] track) {
    return EgemapsFunctionals.select(track, lld.voiced(), true);
  }

  @Test
  void toneOf220HzGivesF0Of220Hz() {
    EgemapsLld lld = Egemaps.lld(tone(220, 1.0, 0.3));
    double[] f0 = EgemapsFunctionals.select(lld.f0Hz(), lld.voiced(), true);
    assertTrue(f0.length > 0.9 * lld.frames(), "voiced frames: " + f0.length + "/" + lld.frames());
    assertEquals(220, median(f0), 1.0);
    double semitone = median(voicedValues(lld, lld.track("F0semitoneFrom27.5Hz_sma3nz")));
    assertEquals(12 * Math.log(220 / 27.5) / Math.log(2), semitone, 0.1);
  }

  /**
   * A train of raised-cosine pulses whose periods alternate between 150 and 144 samples and whose
   * amplitudes alternate between A(1+s) and A(1-s): local jitter is 6 / 147. Shimmer follows
   * openSMILE's shimmerLocalDB, 20 log10(1 + mean |A1 - A0| / mean amplitude) = 20 log10(1 + 2s).
   * openSMILE marks periods by correlation at whatever phase the voiced stretch starts, not at
   * glottal closures, so the signal is built to make that phase irrelevant: short pulses with
   * silence between (each marked period holds one whole pulse) and whole-sample periods (the marks
   * do not drift through the pulses).
   */
  @Test
  void syntheticVoiceGivesBackItsJitterAndShimmer() {
    int longPeriod = 150;
    int shortPeriod = 144;
    double pulseSamples = 0.3 * (longPeriod + shortPeriod) / 2;
    double s = 0.1;
    float[] x = new float[RATE * 2];
    int pos = 0;
    for (int k = 0; pos < x.length; k++) {
      int end = pos + (k % 2 == 0 ? longPeriod : shortPeriod);
      double amp = 0.3 * (k % 2 == 0 ? 1 + s : 1 - s);
      for (int i = 0; pos < x.length && pos < end; pos++, i++) {
        double lobe = i < pulseSamples ? Math.sin(Math.PI * i / pulseSamples) : 0;
        x[pos] = (float) (amp * lobe * lobe);
      }
    }
    EgemapsLld lld = Egemaps.lld(new AudioClip(x, RATE));
    double jitter = EgemapsFunctionals.mean(voicedValues(lld, lld.track("jitterLocal_sma3nz")));
    double shimmer = EgemapsFunctionals.mean(voicedValues(lld, lld.track("shimmerLocaldB_sma3nz")));
    double expectedShimmer = 20 * Math.log10(1 + 2 * s);
    double expectedJitter = (longPeriod - shortPeriod) / ((longPeriod + shortPeriod) / 2.0);
    assertEquals(expectedJitter, jitter, 0.1 * expectedJitter, "jitter");
    assertEquals(expectedShimmer, shimmer, 0.1 * expectedShimmer, "shimmer dB");
  }

  /**
   * openSMILE's HNRdBACF does not undo the analysis window's own decay: a tone at SNR s (linear)
   * gives r(T0)/r(0) = rho s / (1 + s), rho the window's normalised autocorrelation at the period,
   * so HNR = 10 log10(rho s / (1 + s - rho s)), a little below the SNR at high SNR.
   */
  @Test
  void toneInWhiteNoiseGivesHnrNearItsSnr() {
    Random rnd = new Random(7);
    double[] w = Windows.gaussian(ShsPitchTracker.frameSamples(RATE), 0.4);
    int periodSamples = RATE / 200;
    double w0 = 0;
    double wT = 0;
    for (int n = 0; n < w.length; n++) {
      w0 += w[n] * w[n];
      wT += n + periodSamples < w.length ? w[n] * w[n + periodSamples] : 0;
    }
    double rho = wT / w0;
    for (double snrDb : new double[] {5, 10, 15}) {
      double amplitude = 0.2;
      double signalPower = amplitude * amplitude / 2;
      double noiseStd = Math.sqrt(signalPower / Math.pow(10, snrDb / 10));
      AudioClip clean = tone(200, 2.0, amplitude);
      float[] x = clean.samples().clone();
      for (int i = 0; i < x.length; i++) {
        x[i] += (float) (noiseStd * rnd.nextGaussian());
      }
      EgemapsLld lld = Egemaps.lld(new AudioClip(x, RATE));
      double hnr = median(voicedValues(lld, lld.track("HNRdBACF_sma3nz")));
      double snr = Math.pow(10, snrDb / 10);
      double expectedDb = 10 * Math.log10(rho * snr / (1 + snr - rho * snr));
      assertEquals(expectedDb, hnr, 2.0, "HNR at SNR " + snrDb + " dB");
    }
  }

  @Test
  void silenceHasNoVoicedFramesAndNoNaN() {
    EgemapsLld lld = Egemaps.lld(new AudioClip(new float[RATE], RATE));
    for (boolean v : lld.voiced()) {
      assertFalse(v);
    }
    for (float[] track : lld.values()) {
      for (float v : track) {
        assertTrue(Float.isFinite(v));
      }
    }
    for (float v : EgemapsFunctionals.compute(lld)) {
      assertTrue(Float.isFinite(v));
    }
  }

  @Test
  void shortAndLongClipsWork() {
    float[] f = Egemaps.functionals(tone(150, 0.1, 0.3));
    assertEquals(Egemaps.FUNCTIONAL_COUNT, f.length);
    for (float v : f) {
      assertTrue(Float.isFinite(v));
    }
    assertEquals(Egemaps.FUNCTIONAL_COUNT, Egemaps.functionals(tone(150, 0.01, 0.3)).length);
    AudioClip tenMinutes = EgemapsBench.speechLike(600, 3);
    EgemapsLld lld = Egemaps.lld(tenMinutes);
    int samples = tenMinutes.samples().length;
    // one frame per full 20 ms frame; pitch functionals over one fewer than the full 60 ms frames,
    // two fewer when the last of those is voiced
    assertEquals((samples - 320) / 160 + 1, lld.frames());
    int pitch = (samples - 960) / 160;
    assertEquals(lld.voiced()[pitch - 1] ? pitch - 1 : pitch, lld.pitchFrames());
    for (float v : EgemapsFunctionals.compute(lld)) {
      assertTrue(Float.isFinite(v));
    }
  }

  @Test
  void rejectsOtherRatesNamingTheRate() {
    AudioClip clip = new AudioClip(new float[44100], 44100);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Egemaps.lld(clip));
    assertTrue(e.getMessage().contains("44100 Hz"), e.getMessage());
    assertTrue(e.getMessage().contains("SampleRateConverter"), e.getMessage());
    assertEquals(Egemaps.FUNCTIONAL_COUNT, Egemaps.functionalsAnyRate(clip).length);
  }

  @Test
  void rejectsBandLimitOutOfRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new EgemapsExtractor(9000));
    assertTrue(e.getMessage().contains("9000"), e.getMessage());
  }
}
