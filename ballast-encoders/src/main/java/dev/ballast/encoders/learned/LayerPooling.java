package dev.ballast.encoders.learned;

import java.util.ArrayList;
import java.util.List;

/**
 * A pooling of frame-level layer outputs that is trained with the heads: an optional learned
 * weighted sum over layers (s3prl's featurizer: softmax-normalised weights), then attentive
 * statistics or plain mean + standard deviation over frames.
 */
public enum LayerPooling {
  /** Attentive statistics over the frames of one layer. */
  ATTENTIVE("attentive", false, true),
  /** Learned weighted sum of two or more layers, then mean and standard deviation over frames. */
  WEIGHTED_LAYERS("weighted-layers", true, false),
  /** Learned weighted sum of two or more layers, then attentive statistics. */
  WEIGHTED_LAYERS_ATTENTIVE("weighted-layers+attentive", true, true);

  private final String configName;
  private final boolean weightsLayers;
  private final boolean attentive;

  LayerPooling(String configName, boolean weightsLayers, boolean attentive) {
    this.configName = configName;
    this.weightsLayers = weightsLayers;
    this.attentive = attentive;
  }

  /** The name used in configuration files, e.g. {@code weighted-layers+attentive}. */
  public String configName() {
    return configName;
  }

  /** Whether the layers are combined by learned weights (else there is exactly one layer). */
  public boolean weightsLayers() {
    return weightsLayers;
  }

  /** Whether frames are pooled by attentive statistics (else by mean and standard deviation). */
  public boolean attentive() {
    return attentive;
  }

  /**
   * Checks that {@code layers} layer outputs suit this pooling.
   *
   * @throws IllegalArgumentException naming the fix when they do not
   */
  public void requireLayers(int layers) {
    if (weightsLayers && layers < 2) {
      throw new IllegalArgumentException("pooling " + configName + " learns weights over two or "
          + "more layers, got " + layers + "; list the hidden layers in outputs, or use "
          + ATTENTIVE.configName + " for a single output");
    }
    if (!weightsLayers && layers != 1) {
      throw new IllegalArgumentException("pooling " + configName + " pools exactly one output, got "
          + layers + "; list one output, or use " + WEIGHTED_LAYERS_ATTENTIVE.configName
          + " to learn weights over several layers");
    }
  }

  /** The names users can write. */
  public static List<String> configNames() {
    List<String> names = new ArrayList<>();
    for (LayerPooling p : values()) {
      names.add(p.configName);
    }
    return names;
  }
}
