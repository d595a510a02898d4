package dev.ballast.encoders.onnx;

/** How the model input is normalised before it is windowed. */
public enum Normalisation {
  NONE("none"),
  /**
   * Per utterance: the whole waveform to zero mean and unit variance (as wav2vec2 feature
   * extractors do), or each fbank bin over the utterance's frames (utterance CMVN).
   */
  ZERO_MEAN_UNIT_VAR("zero-mean-unit-var");

  /** Added to the variance before the square root, as in wav2vec2's feature extractor. */
  static final double VARIANCE_FLOOR = 1e-7;

  private final String configName;

  Normalisation(String configName) {
    this.configName = configName;
  }

  public String configName() {
    return configName;
  }
}
