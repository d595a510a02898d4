package dev.ballast.encoders.onnx;

import dev.ballast.encoders.learned.LayerPooling;
import java.util.List;
import java.util.Optional;

/**
 * How frame outputs become one utterance vector: fixed ({@code mean}, {@code mean+std}), or
 * learned with the heads ({@link LayerPooling}: attentive statistics, a weighted sum over layers).
 */
public enum Pooling {
  /** Mean over frames: {@code D} values. */
  MEAN("mean", List.of("mean"), null),
  /** Mean, then population standard deviation over frames: {@code 2 D} values. */
  MEAN_STD("mean+std", List.of("mean", "std"), null),
  /** Attentive statistics over one output, trained with the heads. */
  ATTENTIVE(LayerPooling.ATTENTIVE),
  /** Learned weighted sum of the outputs (layers), then mean and std; trained with the heads. */
  WEIGHTED_LAYERS(LayerPooling.WEIGHTED_LAYERS),
  /** Learned weighted sum of the outputs (layers), then attentive statistics. */
  WEIGHTED_LAYERS_ATTENTIVE(LayerPooling.WEIGHTED_LAYERS_ATTENTIVE);

  private final String configName;
  private final List<String> statistics;
  private final LayerPooling learned;

  Pooling(String configName, List<String> statistics, LayerPooling learned) {
    this.configName = configName;
    this.statistics = statistics;
    this.learned = learned;
  }

  Pooling(LayerPooling learned) {
    this(learned.configName(), List.of("mean", "std"), learned);
  }

  /** The pooling trained with the heads; empty for the fixed ones. */
  public Optional<LayerPooling> learned() {
    return Optional.ofNullable(learned);
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
    if (learned != null) {
      throw new IllegalStateException("pooling " + configName + " is trained with the heads");
    }
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
    if (statistics.size() == 2) {
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
