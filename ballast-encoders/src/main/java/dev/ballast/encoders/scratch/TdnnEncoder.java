package dev.ballast.encoders.scratch;

import dev.ballast.audio.AudioClip;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.EncoderSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A time-delay neural network trained from scratch with the heads ({@code --encoder
 * scratch-tdnn}), run in plain Java: frame front end, input normalisation, dilated 1-D
 * convolutions, attentive statistics pooling. Its spec carries the SHA-256 of the weights, so
 * cached embeddings follow the model.
 */
public final class TdnnEncoder implements Encoder {
  public static final String NAME = "scratch-tdnn";
  public static final int VERSION = 1;

  private final TdnnWeights weights;
  private final EncoderSpec spec;

  public TdnnEncoder(TdnnWeights weights) {
    this.weights = weights;
    this.spec = new EncoderSpec(NAME, Map.of("version", Integer.toString(VERSION), "melBins",
        Integer.toString(weights.frontEnd().melBins()), "weightsSha256", weights.sha256()));
  }

  public TdnnWeights weights() {
    return weights;
  }

  @Override
  public EncoderSpec spec() {
    return spec;
  }

  @Override
  public int sampleRateHz() {
    return FrameFrontEnd.SAMPLE_RATE_HZ;
  }

  @Override
  public int dimension() {
    return weights.dimension();
  }

  @Override
  public List<String> featureNames() {
    int channels = weights.pooling().channels();
    List<String> names = new ArrayList<>();
    for (String stat : new String[] {"mean", "std"}) {
      for (int c = 0; c < channels; c++) {
        names.add("tdnn" + c + "_" + stat);
      }
    }
    return names;
  }

  @Override
  public float[] encode(AudioClip clip) {
    Encoder.requireRate(this, clip);
    return encodeFrames(weights.frontEnd().frames(clip));
  }

  /** The pooled vector of front-end frames {@code float[frame][melBin]}. */
  public float[] encodeFrames(float[][] frames) {
    int bins = weights.frontEnd().melBins();
    float[][] x = new float[bins][frames.length];
    for (int t = 0; t < frames.length; t++) {
      for (int b = 0; b < bins; b++) {
        x[b][t] = (frames[t][b] - weights.inputMean()[b]) / weights.inputStd()[b];
      }
    }
    for (ConvLayer layer : weights.layers()) {
      x = layer.apply(x);
    }
    return weights.pooling().apply(x);
  }
}
