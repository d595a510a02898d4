package dev.ballast.training.sequence;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ballast.encoders.learned.LayerPoolingWeights;
import dev.ballast.encoders.scratch.AttentiveStatsPooling;
import dev.ballast.heads.HeadKind;
import dev.ballast.heads.MultiTaskNetwork;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The pooling trained on a fixed source's layer outputs, with its heads, as DJL arrays:
 * softmax-normalised layer weights (s3prl's featurizer, initialised equal), the weighted sum of
 * the standardised layers, attentive statistics or masked mean + standard deviation over the
 * unpadded frames, a dense embedding layer with ReLU and dropout, one linear head per task. A
 * padded batch computes exactly what {@link LayerPoolingWeights#pool} computes on each sequence
 * alone.
 *
 * <p>Input layout: {@code (batch, layer * dim, frame)}, layer-major ({@code layer * dim + d}).
 */
public final class LayerPoolingModel implements SequenceModel {

  private final LayerPoolingArchitecture arch;
  private final List<String> taskNames;
  private final List<HeadKind> headKinds;
  private final NamedParameters params;

  /** A fresh model: equal layer weights, Xavier-uniform dense layers, zero biases. */
  public LayerPoolingModel(LayerPoolingArchitecture arch, List<String> taskNames,
      List<HeadKind> headKinds, int[] headSizes, long seed, NDManager manager) {
    if (taskNames.size() != headKinds.size() || taskNames.size() != headSizes.length) {
      throw new IllegalArgumentException("need one head kind and size per task; got "
          + taskNames.size() + " tasks, " + headKinds.size() + " kinds, " + headSizes.length
          + " sizes");
    }
    this.arch = arch;
    this.taskNames = List.copyOf(taskNames);
    this.headKinds = List.copyOf(headKinds);
    this.params = new NamedParameters(manager);
    SplittableRandom random = new SplittableRandom(seed);
    int d = arch.frameDimension();
    params.add("layers.logits", new float[arch.layers()], new Shape(arch.layers()));
    if (arch.pooling().attentive()) {
      PooledHeads.addAttention(params, random, d, arch.config().attentionHidden());
    }
    PooledHeads.addHeads(params, random, 2 * d, arch.config().embeddingUnits(), headSizes);
  }

  @Override
  public Map<String, NDArray> parameters() {
    return params.all();
  }

  @Override
  public Output forward(NDArray x, NDArray mask, boolean training, float dropout) {
    int layers = arch.layers();
    int dim = arch.frameDimension();
    long batch = x.getShape().get(0);
    long frames = x.getShape().get(2);
    if (x.getShape().get(1) != (long) layers * dim) {
      throw new IllegalArgumentException("expected " + layers + " x " + dim + " = "
          + layers * dim + " features per frame, got " + x.getShape());
    }
    // the softmax of a parameter lives in the base manager: hand it to the batch's manager
    NDArray weights = params.get("layers.logits").softmax(0);
    weights.attach(x.getManager());
    NDArray h = x.reshape(batch, layers, dim, frames).mul(weights.reshape(1, layers, 1, 1))
        .sum(new int[] {1});
    NDArray m3 = mask.expandDims(2); // (B, T, 1)
    NDArray seq = h.transpose(0, 2, 1).mul(m3); // (B, T, D)
    NDArray pooled;
    if (arch.pooling().attentive()) {
      pooled = PooledHeads.attentiveStatistics(params, seq, mask);
    } else {
      NDArray count = mask.sum(new int[] {1}, true); // (B, 1)
      NDArray mean = seq.sum(new int[] {1}).div(count);
      NDArray var = seq.sub(mean.expandDims(1)).mul(m3).square().sum(new int[] {1}).div(count);
      pooled = PooledHeads.statistics(mean, var);
    }
    NDList logits = PooledHeads.logits(params, pooled, taskNames.size(), training, dropout);
    return new Output(pooled, logits);
  }

  /** The softmax-normalised layer weights, {@code float[layer]}. */
  public float[] layerWeights() {
    float[] logits = params.vector("layers.logits");
    double max = Double.NEGATIVE_INFINITY;
    for (float v : logits) {
      max = Math.max(max, v);
    }
    double z = 0;
    for (float v : logits) {
      z += Math.exp(v - max);
    }
    float[] w = new float[logits.length];
    for (int l = 0; l < w.length; l++) {
      w[l] = (float) (Math.exp(logits[l] - max) / z);
    }
    return w;
  }

  @Override
  public LayerPoolingWeights exportEncoder(float[] inputMean, float[] inputStd) {
    int layers = arch.layers();
    int dim = arch.frameDimension();
    if (inputMean.length != layers * dim || inputStd.length != layers * dim) {
      throw new IllegalArgumentException("input normalisation needs " + layers * dim
          + " entries, got " + inputMean.length + " and " + inputStd.length);
    }
    float[][] mean = new float[layers][dim];
    float[][] std = new float[layers][dim];
    for (int l = 0; l < layers; l++) {
      System.arraycopy(inputMean, l * dim, mean[l], 0, dim);
      System.arraycopy(inputStd, l * dim, std[l], 0, dim);
    }
    AttentiveStatsPooling attention = arch.pooling().attentive()
        ? PooledHeads.exportAttention(params) : null;
    return new LayerPoolingWeights(arch.source(), mean, std, layerWeights(), attention);
  }

  @Override
  public MultiTaskNetwork exportHeads() {
    return PooledHeads.exportHeads(params, taskNames, headKinds);
  }

  @Override
  public Map<String, float[]> state() {
    return params.state();
  }

  @Override
  public void load(Map<String, float[]> state) {
    params.load(state);
  }

  @Override
  public void close() {
    params.close();
  }
}
