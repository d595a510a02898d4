package dev.ballast.training.sequence;

import dev.ballast.audio.AudioClip;
import dev.ballast.encoders.learned.LayerFrameSource;
import dev.ballast.encoders.scratch.FrameFrontEnd;

/**
 * Where the frames of a trainable sequence model come from: the fbank front end of encoders
 * trained from scratch, or the layer outputs of a fixed pretrained model. Thread-safe.
 */
public interface FrameSource {

  /** The rate clips are decoded at. */
  int sampleRateHz();

  /**
   * The frames of {@code clip}, {@code float[frame][feature]}, not yet normalised.
   *
   * @throws IllegalArgumentException if the clip is too short
   */
  float[][] frames(AudioClip clip);

  /** Mean-normalised log-mel frames, {@code float[frame][melBin]}. */
  static FrameSource fbank(FrameFrontEnd frontEnd) {
    return new FrameSource() {
      @Override
      public int sampleRateHz() {
        return FrameFrontEnd.SAMPLE_RATE_HZ;
      }

      @Override
      public float[][] frames(AudioClip clip) {
        return frontEnd.frames(clip);
      }
    };
  }

  /**
   * The layers of {@code source} side by side, {@code float[frame][layer * dim]} (layer-major),
   * the layout {@link LayerPoolingModel} takes.
   */
  static FrameSource layers(LayerFrameSource source) {
    return new FrameSource() {
      @Override
      public int sampleRateHz() {
        return source.sampleRateHz();
      }

      @Override
      public float[][] frames(AudioClip clip) {
        return flatten(source.frames(clip));
      }
    };
  }

  /** {@code float[layer][frame][dim]} to {@code float[frame][layer * dim]}. */
  static float[][] flatten(float[][][] layers) {
    int count = layers[0].length;
    int dim = layers[0][0].length;
    float[][] out = new float[count][layers.length * dim];
    for (int l = 0; l < layers.length; l++) {
      for (int t = 0; t < count; t++) {
        System.arraycopy(layers[l][t], 0, out[t], l * dim, dim);
      }
    }
    return out;
  }

  /** Inverse of {@link #flatten}: {@code float[frame][layer * dim]} to {@code [layer][frame][dim]}. */
  static float[][][] unflatten(float[][] frames, int layers) {
    int dim = frames[0].length / layers;
    float[][][] out = new float[layers][frames.length][dim];
    for (int t = 0; t < frames.length; t++) {
      for (int l = 0; l < layers; l++) {
        System.arraycopy(frames[t], l * dim, out[l][t], 0, dim);
      }
    }
    return out;
  }
}
