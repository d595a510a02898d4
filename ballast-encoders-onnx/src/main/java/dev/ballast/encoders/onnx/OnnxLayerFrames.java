package dev.ballast.encoders.onnx;

import dev.ballast.audio.AudioClip;
import dev.ballast.encoders.EncoderSpec;
import dev.ballast.encoders.learned.LayerFrameSource;
import dev.ballast.encoders.learned.LayerPooling;
import java.util.List;

/**
 * The frame-level outputs of a user-supplied ONNX model whose config sets a learned pooling
 * ({@code attentive}, {@code weighted-layers}, {@code weighted-layers+attentive}): every listed
 * output is a layer, {@code float[1][frame][dim]} of one common width, windowed like
 * {@link OnnxEncoder}. Its spec is the plain {@code onnx} spec (model path and checksums); the
 * trained pooling adds {@value #WEIGHTS_SETTING}.
 */
final class OnnxLayerFrames implements LayerFrameSource {
  static final String WEIGHTS_SETTING = "weightsSha256";

  private final OnnxRunner runner;
  private final LayerPooling pooling;
  private final EncoderSpec spec;

  OnnxLayerFrames(OnnxRunner runner) {
    Pooling p = runner.config().pooling();
    if (p.learned().isEmpty()) {
      runner.closeQuietly();
      throw new IllegalArgumentException("pooling '" + p.configName() + "' in "
          + OnnxEncoderConfig.configPathFor(runner.model()) + " is fixed; training a pooling "
          + "needs " + LayerPooling.configNames() + ", or train on the fixed embedding with a "
          + "plain --encoder " + OnnxEncoder.NAME);
    }
    this.pooling = p.learned().get();
    List<String> outputs = runner.outputs();
    for (int o = 1; o < outputs.size(); o++) {
      if (runner.dim(o) != runner.dim(0)) {
        runner.closeQuietly();
        throw new IllegalArgumentException("outputs " + outputs.get(0) + " and " + outputs.get(o)
            + " of " + runner.model() + " have widths " + runner.dim(0) + " and "
            + runner.dim(o) + "; pooling " + pooling.configName() + " needs layers of one width");
      }
    }
    this.runner = runner;
    this.spec = new EncoderSpec(OnnxEncoder.NAME, runner.specSettings());
  }

  @Override
  public EncoderSpec spec() {
    return spec;
  }

  @Override
  public int sampleRateHz() {
    return runner.config().sampleRateHz();
  }

  @Override
  public int layers() {
    return runner.outputs().size();
  }

  @Override
  public int dimension() {
    return runner.dim(0);
  }

  @Override
  public LayerPooling pooling() {
    return pooling;
  }

  @Override
  public float[][][] frames(AudioClip clip) {
    if (clip.sampleRateHz() != sampleRateHz()) {
      throw new IllegalArgumentException("encoder " + OnnxEncoder.NAME + " expects "
          + sampleRateHz() + " Hz audio, got " + clip.sampleRateHz()
          + " Hz; convert with SampleRateConverter first");
    }
    List<List<float[]>> frames = runner.frames(clip);
    float[][][] out = new float[frames.size()][][];
    for (int l = 0; l < out.length; l++) {
      out[l] = frames.get(l).toArray(new float[0][]);
      if (out[l].length != out[0].length || out[l].length == 0) {
        throw new IllegalStateException("output " + runner.outputs().get(l) + " of "
            + runner.model() + " gave " + out[l].length + " frames, output "
            + runner.outputs().get(0) + " gave " + out[0].length + "; learned poolings need "
            + "hidden layers with one frame rate");
      }
    }
    return out;
  }
}
