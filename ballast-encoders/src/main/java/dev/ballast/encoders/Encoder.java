package dev.ballast.encoders;

import dev.ballast.audio.AudioClip;
import java.util.List;

/**
 * Turns a clip into a fixed-size utterance embedding. Implementations must be thread-safe and
 * reject clips whose rate differs from {@link #sampleRateHz()}.
 */
public interface Encoder {

  EncoderSpec spec();

  /** The rate clips must have; callers convert before encoding. */
  int sampleRateHz();

  /** Length of every embedding. */
  int dimension();

  /** One name per embedding dimension, for reports and debugging. */
  List<String> featureNames();

  /**
   * The embedding of {@code clip}.
   *
   * @throws IllegalArgumentException if the clip has the wrong rate or is too short to encode
   */
  float[] encode(AudioClip clip);

  /** Throws the standard error when a clip is not at the encoder's rate. */
  static void requireRate(Encoder encoder, AudioClip clip) {
    if (clip.sampleRateHz() != encoder.sampleRateHz()) {
      throw new IllegalArgumentException("encoder " + encoder.spec().name() + " expects "
          + encoder.sampleRateHz() + " Hz audio, got " + clip.sampleRateHz()
          + " Hz; convert with SampleRateConverter first");
    }
  }
}
