package dev.ballast.training.sequence;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import dev.ballast.encoders.TrainedWeights;
import dev.ballast.heads.MultiTaskNetwork;
import java.util.Map;

/**
 * An encoder trained jointly with its heads on padded, length-masked frame sequences, with its
 * parameters as plain named DJL arrays so that they and the optimiser state can be checkpointed
 * and restored bit for bit. {@code SequenceTrainer} runs any of them.
 */
public interface SequenceModel extends AutoCloseable {

  /** What one forward pass gives: pooled statistics {@code (B, P)} and one logit array per head. */
  record Output(NDArray pooled, NDList logits) {}

  /** The trainable arrays by name, in a fixed order. */
  Map<String, NDArray> parameters();

  default long parameterCount() {
    return parameters().values().stream().mapToLong(NDArray::size).sum();
  }

  /**
   * Forward pass.
   *
   * @param x normalised frames {@code (batch, feature, frame)}, zero beyond each sequence's end
   * @param mask {@code (batch, frame)}: 1 for real frames, 0 for padding
   * @param training training-mode statistics and dropout when true
   */
  Output forward(NDArray x, NDArray mask, boolean training, float dropout);

  /** Every number of the model state, for checkpoints. */
  Map<String, float[]> state();

  /** Restores {@link #state()}; names and lengths must match this model's. */
  void load(Map<String, float[]> state);

  /** The dense part after pooling: the embedding layer as trunk, one head per task. */
  MultiTaskNetwork exportHeads();

  /**
   * The encoder part in plain-Java form.
   *
   * @param inputMean {@code float[feature]} mean of the training frames, subtracted before the
   *     model
   * @param inputStd {@code float[feature]} their standard deviation, divided by before the model
   */
  TrainedWeights exportEncoder(float[] inputMean, float[] inputStd);

  @Override
  void close();
}
