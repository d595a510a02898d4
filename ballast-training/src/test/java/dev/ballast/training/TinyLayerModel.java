package dev.ballast.training;

import dev.ballast.encoders.onnx.TinyModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny stand-in for a pretrained encoder ({@link TinyModels#writeLayersModel}: {@code waveform
 * float[1][samples]}, a multiple of 160, to outputs {@code layer0..} of {@code
 * float[1][frame][dim]}) with an {@code onnx} config beside it.
 */
final class TinyLayerModel {
  private TinyLayerModel() {}

  /** Writes the model and its config ({@code pooling} as given) as {@code dir/layers.onnx|json}. */
  static Path write(Path dir, int layers, int dim, String pooling) throws IOException {
    Path file = dir.resolve("layers.onnx");
    TinyModels.writeLayersModel(file, layers, dim);
    StringBuilder outputs = new StringBuilder();
    for (int l = 0; l < layers; l++) {
      outputs.append(l == 0 ? "" : ", ").append("\"layer").append(l).append('"');
    }
    Files.writeString(dir.resolve("layers.json"), "{\"inputKind\": \"waveform\", "
        + "\"sampleRateHz\": 16000, \"outputs\": [" + outputs + "], \"windowSec\": 0.4, "
        + "\"overlapSec\": 0.1, \"pooling\": \"" + pooling + "\"}");
    return file;
  }
}
