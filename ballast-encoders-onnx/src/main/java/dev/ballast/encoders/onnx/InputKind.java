package dev.ballast.encoders.onnx;

/** What an ONNX model takes as its single input. */
public enum InputKind {
  /** Raw samples, {@code float[1][samples]} (wav2vec2, HuBERT, WavLM). */
  WAVEFORM("waveform"),
  /** Kaldi log-mel filterbank frames, {@code float[1][frame][mel]} (AST, ChunkFormer). */
  FBANK("fbank");

  private final String configName;

  InputKind(String configName) {
    this.configName = configName;
  }

  /** The spelling used in the JSON config. */
  public String configName() {
    return configName;
  }
}
