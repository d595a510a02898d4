package dev.ballast.encoders.learned;

import dev.ballast.audio.AudioClip;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.EncoderSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A frame source (e.g. a pretrained ONNX model) followed by the pooling trained with the heads,
 * in plain Java. Its spec is the source's plus {@code weightsSha256}, so cached embeddings follow
 * the trained weights.
 */
public final class LayerPoolingEncoder implements Encoder {
  private final LayerFrameSource source;
  private final LayerPoolingWeights weights;
  private final EncoderSpec spec;

  /**
   * @throws IllegalArgumentException if the weights were trained on another source or shape
   */
  public LayerPoolingEncoder(LayerFrameSource source, LayerPoolingWeights weights) {
    if (!source.spec().equals(weights.source())) {
      throw new IllegalArgumentException("pooling weights were trained on " + weights.source().key()
          + " but the frame source is " + source.spec().key() + "; use the model they came with");
    }
    if (source.layers() != weights.layers() || source.dimension() != weights.frameDimension()
        || source.pooling().attentive() != weights.attentive()) {
      throw new IllegalArgumentException("pooling weights for " + weights.layers() + " layers of "
          + weights.frameDimension() + " (attentive " + weights.attentive() + ") do not fit "
          + source.layers() + " layers of " + source.dimension() + " with pooling "
          + source.pooling().configName() + "; the source's config changed since training");
    }
    this.source = source;
    this.weights = weights;
    Map<String, String> settings = new LinkedHashMap<>(source.spec().settings());
    settings.put("weightsSha256", weights.sha256());
    this.spec = new EncoderSpec(source.spec().name(), settings);
  }

  public LayerPoolingWeights weights() {
    return weights;
  }

  @Override
  public EncoderSpec spec() {
    return spec;
  }

  @Override
  public int sampleRateHz() {
    return source.sampleRateHz();
  }

  @Override
  public int dimension() {
    return weights.dimension();
  }

  @Override
  public List<String> featureNames() {
    List<String> names = new ArrayList<>();
    for (String stat : new String[] {"mean", "std"}) {
      for (int d = 0; d < weights.frameDimension(); d++) {
        names.add("pooled" + d + "_" + stat);
      }
    }
    return names;
  }

  @Override
  public float[] encode(AudioClip clip) {
    Encoder.requireRate(this, clip);
    return weights.pool(source.frames(clip));
  }
}
