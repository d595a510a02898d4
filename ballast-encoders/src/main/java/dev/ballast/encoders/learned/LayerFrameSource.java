package dev.ballast.encoders.learned;

import dev.ballast.audio.AudioClip;
import dev.ballast.encoders.EncoderSpec;

/**
 * Frame-level outputs of several layers of a fixed model (e.g. the hidden states of a pretrained
 * ONNX encoder), on which a {@link LayerPooling} is trained with the heads. Implementations must
 * be thread-safe and reject clips whose rate differs from {@link #sampleRateHz()}.
 */
public interface LayerFrameSource {

  /** What the source is (e.g. an ONNX model's path and checksums); recreates it via the registry. */
  EncoderSpec spec();

  /** The rate clips must have. */
  int sampleRateHz();

  /** Number of layer outputs, at least 1. */
  int layers();

  /** Width of every layer's frames. */
  int dimension();

  /** The pooling to train on these frames. */
  LayerPooling pooling();

  /**
   * The frames of every layer, {@code float[layer][frame][dim]}, every layer with the same frame
   * count (at least one frame).
   *
   * @throws IllegalArgumentException if the clip has the wrong rate or is too short
   */
  float[][][] frames(AudioClip clip);
}
