package dev.ballast.training.sequence;

/**
 * Shape of the pooling trained on a pretrained model's layer outputs; validated at construction.
 *
 * @param attentionHidden width of the attention network of attentive statistics pooling
 * @param embeddingUnits width of the dense layer between pooling and heads
 * @param maxTrainFrames longer training sequences are cropped at a random offset each epoch (in
 *     the source's output frames, e.g. 20 ms for wav2vec2-style models)
 */
public record LayerPoolingConfig(int attentionHidden, int embeddingUnits, int maxTrainFrames) {
  public LayerPoolingConfig {
    if (attentionHidden < 1 || embeddingUnits < 1 || maxTrainFrames < 10) {
      throw new IllegalArgumentException("need attentionHidden >= 1, embeddingUnits >= 1 and "
          + "maxTrainFrames >= 10; got " + attentionHidden + ", " + embeddingUnits + ", "
          + maxTrainFrames);
    }
  }

  /** Attention width 64, a 128-unit embedding, crops of 500 frames (10 s at 50 frames/s). */
  public static LayerPoolingConfig defaults() {
    return new LayerPoolingConfig(64, 128, 500);
  }
}
