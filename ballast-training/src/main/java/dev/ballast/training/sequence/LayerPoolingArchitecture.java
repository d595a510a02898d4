package dev.ballast.training.sequence;

import ai.djl.ndarray.NDManager;
import dev.ballast.encoders.EncoderSpec;
import dev.ballast.encoders.learned.LayerFrameSource;
import dev.ballast.encoders.learned.LayerPooling;
import dev.ballast.heads.HeadKind;
import java.util.List;
import java.util.Objects;

/**
 * A {@link LayerPoolingModel} over the frames of a fixed source (e.g. a pretrained ONNX model's
 * hidden layers). No SpecAugment: the source's frames are not spectra.
 *
 * @param source spec of the frame source, stored with the trained weights
 * @param layers layer outputs per frame
 * @param frameDimension width of each layer's frames
 */
public record LayerPoolingArchitecture(LayerPoolingConfig config, EncoderSpec source,
    int layers, int frameDimension, LayerPooling pooling) implements SequenceArchitecture {

  public LayerPoolingArchitecture {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(pooling, "pooling");
    if (frameDimension < 1) {
      throw new IllegalArgumentException("frameDimension must be >= 1, got " + frameDimension);
    }
    pooling.requireLayers(layers);
  }

  /** The architecture that trains {@code source}'s pooling. */
  public static LayerPoolingArchitecture of(LayerPoolingConfig config, LayerFrameSource source) {
    return new LayerPoolingArchitecture(config, source.spec(), source.layers(),
        source.dimension(), source.pooling());
  }

  @Override
  public String encoderName() {
    return source.name() + " (" + pooling.configName() + ")";
  }

  @Override
  public SequenceModel create(List<String> taskNames, List<HeadKind> headKinds, int[] headSizes,
      long seed, NDManager manager) {
    return new LayerPoolingModel(this, taskNames, headKinds, headSizes, seed, manager);
  }

  @Override
  public int maxTrainFrames() {
    return config.maxTrainFrames();
  }

  @Override
  public boolean specAugment() {
    return false;
  }
}
