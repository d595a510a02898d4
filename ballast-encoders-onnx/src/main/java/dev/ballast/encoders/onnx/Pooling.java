package dev.ballast.encoders.onnx;

import java.util.List;

/**
 * How frame outputs become one utterance vector. The learned poolings (attentive statistics, a
 * weighted sum over layers trained with the head) are not implemented yet.
 */
public enum Pooling {
  /** Mean over frames: {@code D} values. */
  MEAN("mean", List.of("mean")),
  /** Mean, then population standard deviation over frames: {@code 2 D} values. */
  MEAN_STD("mean+std", List.of("mean", "std"));

  private final String configName;
  private final List<String> statistics;

  Pooling(String configName, List<String> statistics) {
    this.configName = configName;
    this.statistics = statistics;
  }

  public String configName() {
    return configName;
  }

  /** Values per output dimension. */
  public int factor() {
    return statistics.size();
  }

  /** Names of the statistics in output order, e.g. {@code [mean, std]}. */
  public List<String> statistics() {
    return statistics;
  }

  /**
   * Pools {@code frames} ({@code float[frame][dim]}, at least one frame) into {@code out} from
   * {@code offset}: all means first, then all standard deviations.
   */
  void pool(List<float[]> frames, int dim, float[] out, int offset) {
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("nothing to pool: the model produced no frames");
    }
    double[] sum = new double[dim];
    for (float[] f : frames) {
      for (int d = 0; d < dim; d++) {
        sum[d] += f[d];
      }
    }
    int n = frames.size();
    for (int d = 0; d < dim; d++) {
      out[offset + d] = (float) (sum[d] / n);
    }
    if (this == MEAN_STD) {
      double[] sq = new double[dim];
      for (float[] f : frames) {
        for (int d = 0; d < dim; d++) {
          double c = f[d] - sum[d] / n;
          sq[d] += c * c;
        }
      }
      for (int d = 0; d < dim; d++) {
        out[offset + dim + d] = (float) Math.sqrt(sq[d] / n);
      }
    }
  }
}
