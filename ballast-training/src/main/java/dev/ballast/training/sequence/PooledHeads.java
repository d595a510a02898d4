package dev.ballast.training.sequence;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import dev.ballast.encoders.scratch.AttentiveStatsPooling;
import dev.ballast.heads.DenseLayer;
import dev.ballast.heads.Head;
import dev.ballast.heads.HeadKind;
import dev.ballast.heads.MultiTaskNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The part every {@link SequenceModel} shares after its frame features: attentive statistics
 * pooling (parameters {@code att.*}), the dense embedding layer with ReLU and dropout
 * ({@code emb.*}) and one linear head per task ({@code headT.*}), in DJL for training and exported
 * to the plain-Java types that serve them.
 */
final class PooledHeads {
  private static final float MASK_PENALTY = 1e4f;

  private PooledHeads() {}

  /** Xavier-initialised attention over {@code channels}, {@code hidden} wide. */
  static void addAttention(NamedParameters p, SplittableRandom random, int channels, int hidden) {
    p.add("att.hidden.weight", NamedParameters.xavier(random, hidden, channels),
        new Shape(hidden, channels));
    p.add("att.hidden.bias", new float[hidden], new Shape(hidden));
    p.add("att.score.weight", NamedParameters.xavier(random, channels, hidden),
        new Shape(channels, hidden));
    p.add("att.score.bias", new float[channels], new Shape(channels));
  }

  /** Xavier-initialised embedding layer over {@code pooled} inputs and one head per size. */
  static void addHeads(NamedParameters p, SplittableRandom random, int pooled, int units,
      int[] headSizes) {
    p.add("emb.weight", NamedParameters.xavier(random, units, pooled), new Shape(units, pooled));
    p.add("emb.bias", new float[units], new Shape(units));
    for (int t = 0; t < headSizes.length; t++) {
      p.add("head" + t + ".weight", NamedParameters.xavier(random, headSizes[t], units),
          new Shape(headSizes[t], units));
      p.add("head" + t + ".bias", new float[headSizes[t]], new Shape(headSizes[t]));
    }
  }

  /**
   * Attentive statistics of {@code frames} {@code (B, T, C)}, padded frames zero, over the
   * frames where {@code mask} {@code (B, T)} is 1: {@code [weighted mean, weighted std]}, {@code (B,
   * 2C)}.
   */
  static NDArray attentiveStatistics(NamedParameters p, NDArray frames, NDArray mask) {
    NDArray hidden = Linear.linear(frames, p.get("att.hidden.weight"), p.get("att.hidden.bias"))
        .singletonOrThrow().tanh();
    NDArray score = Linear.linear(hidden, p.get("att.score.weight"), p.get("att.score.bias"))
        .singletonOrThrow();
    NDArray alpha = score.add(mask.sub(1f).mul(MASK_PENALTY).expandDims(2)).softmax(1);
    NDArray mean = alpha.mul(frames).sum(new int[] {1});
    NDArray var = alpha.mul(frames.square()).sum(new int[] {1}).sub(mean.square());
    return statistics(mean, var);
  }

  /** {@code [mean, sqrt(max(var, floor))]} along the feature axis. */
  static NDArray statistics(NDArray mean, NDArray var) {
    NDArray std = var.maximum(AttentiveStatsPooling.VARIANCE_FLOOR).sqrt();
    return NDArrays.concat(new NDList(mean, std), 1);
  }

  /** The heads' logits on pooled vectors {@code (B, P)}. */
  static NDList logits(NamedParameters p, NDArray pooled, int tasks, boolean training,
      float dropout) {
    NDArray emb = Activation.relu(Linear.linear(pooled, p.get("emb.weight"), p.get("emb.bias"))
        .singletonOrThrow());
    if (training && dropout > 0) {
      emb = Dropout.dropout(emb, dropout, true).singletonOrThrow();
    }
    NDList logits = new NDList();
    for (int t = 0; t < tasks; t++) {
      logits.add(Linear.linear(emb, p.get("head" + t + ".weight"), p.get("head" + t + ".bias"))
          .singletonOrThrow());
    }
    return logits;
  }

  static AttentiveStatsPooling exportAttention(NamedParameters p) {
    return new AttentiveStatsPooling(p.matrix("att.hidden.weight"), p.vector("att.hidden.bias"),
        p.matrix("att.score.weight"), p.vector("att.score.bias"));
  }

  /** The embedding layer as trunk, one head per task. */
  static MultiTaskNetwork exportHeads(NamedParameters p, List<String> taskNames,
      List<HeadKind> headKinds) {
    List<Head> heads = new ArrayList<>();
    for (int t = 0; t < taskNames.size(); t++) {
      heads.add(new Head(taskNames.get(t), headKinds.get(t),
          new DenseLayer(p.matrix("head" + t + ".weight"), p.vector("head" + t + ".bias"))));
    }
    return new MultiTaskNetwork(List.of(new DenseLayer(p.matrix("emb.weight"),
        p.vector("emb.bias"))), heads);
  }
}
