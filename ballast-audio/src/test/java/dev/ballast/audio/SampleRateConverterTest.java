package dev.ballast.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleRateConverterTest {

  private static AudioClip tone(double freqHz, int rateHz, double seconds, double amplitude) {
    float[] x = new float[(int) (rateHz * seconds)];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (amplitude * Math.sin(2 * Math.PI * freqHz * i / rateHz));
    }
    return new AudioClip(x, rateHz);
  }

  /** RMS over the middle of the clip, away from filter edges. */
  private static double rms(float[] y) {
    int from = y.length / 4;
    int to = 3 * y.length / 4;
    double s = 0;
    for (int i = from; i < to; i++) {
      s += y[i] * (double) y[i];
    }
    return Math.sqrt(s / (to - from));
  }

  /** Frequency by least-squares fit of the phase over the middle half (zero crossings). */
  private static double frequency(float[] y, int rateHz) {
    int from = y.length / 4;
    int to = 3 * y.length / 4;
    double first = -1;
    double last = -1;
    int crossings = 0;
    for (int i = from; i < to - 1; i++) {
      if (y[i] <= 0 && y[i + 1] > 0) {
        double t = i + (-y[i]) / (y[i + 1] - y[i]);
        if (first < 0) {
          first = t;
        } else {
          crossings++;
        }
        last = t;
      }
    }
    return crossings * rateHz / (last - first);
  }

  @ParameterizedTest
  @CsvSource({"44100,16000,1000", "44100,16000,7000", "22050,16000,440", "8000,16000,1000",
      "4000,16000,300", "48000,16000,3000", "16000,8000,2500", "44101,16000,1234"})
  void toneKeepsFrequencyAndLevel(int fromHz, int toHz, double freqHz) {
    AudioClip in = tone(freqHz, fromHz, 1.0, 0.5);
    AudioClip out = SampleRateConverter.convert(in, toHz);
    assertEquals(toHz, out.sampleRateHz());
    assertEquals(Math.ceil(in.length() * (double) toHz / fromHz), out.length(), 1.0);
    double levelDb = 20 * Math.log10(rms(out.samples()) / rms(in.samples()));
    assertEquals(0.0, levelDb, 0.1, "level change in dB");
    assertEquals(freqHz, frequency(out.samples(), toHz), freqHz * 1e-4, "frequency");
  }

  @ParameterizedTest
  @CsvSource({"44100,16000,8000", "44100,16000,8100", "44100,16000,12000", "44100,16000,20000",
      "22050,16000,9000", "48000,16000,8500", "16000,8000,4200"})
  void toneAboveNewNyquistIsAtLeast60dBDown(int fromHz, int toHz, double freqHz) {
    AudioClip in = tone(freqHz, fromHz, 1.0, 0.5);
    AudioClip out = SampleRateConverter.convert(in, toHz);
    double levelDb = 20 * Math.log10(rms(out.samples()) / rms(in.samples()));
    assertTrue(levelDb <= -60, "alias at " + levelDb + " dB");
  }
}
