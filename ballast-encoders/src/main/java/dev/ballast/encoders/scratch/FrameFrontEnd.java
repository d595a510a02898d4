package dev.ballast.encoders.scratch;

import dev.ballast.audio.AudioClip;
import dev.ballast.features.FbankOptions;
import dev.ballast.features.KaldiFbank;

/**
 * The input of encoders trained from scratch: Kaldi log-mel filterbank frames (25 ms / 10 ms,
 * dither 0) at 16 kHz with the utterance mean of each bin subtracted (cepstral mean
 * normalisation), so level and channel differences between recordings cancel.
 *
 * @param melBins filterbank channels
 */
public record FrameFrontEnd(int melBins) {
  public static final int SAMPLE_RATE_HZ = 16_000;

  public FrameFrontEnd {
    if (melBins < 4 || melBins > 128) {
      throw new IllegalArgumentException("melBins must be in [4, 128], got " + melBins);
    }
  }

  /**
   * Mean-normalised frames, {@code float[frame][melBin]}.
   *
   * @throws IllegalArgumentException if the clip is not 16 kHz or shorter than one 25 ms frame
   */
  public float[][] frames(AudioClip clip) {
    if (clip.sampleRateHz() != SAMPLE_RATE_HZ) {
      throw new IllegalArgumentException("the frame front end expects " + SAMPLE_RATE_HZ
          + " Hz audio, got " + clip.sampleRateHz() + " Hz; convert with SampleRateConverter first");
    }
    float[][] fbank = new KaldiFbank(FbankOptions.kaldiDefaults(SAMPLE_RATE_HZ, melBins))
        .compute(clip);
    if (fbank.length == 0) {
      throw new IllegalArgumentException("clip of " + clip.samples().length + " samples is shorter "
          + "than one 25 ms frame; nothing to encode");
    }
    double[] mean = new double[melBins];
    for (float[] frame : fbank) {
      for (int b = 0; b < melBins; b++) {
        mean[b] += frame[b];
      }
    }
    for (float[] frame : fbank) {
      for (int b = 0; b < melBins; b++) {
        frame[b] -= (float) (mean[b] / fbank.length);
      }
    }
    return fbank;
  }
}
