package dev.ballast.training.sequence;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import dev.ballast.encoders.learned.LayerPoolingWeights;
import dev.ballast.encoders.scratch.AttentiveStatsPooling;
import dev.ballast.heads.DenseLayer;
import dev.ballast.heads.Head;
import dev.ballast.heads.HeadKind;
import dev.ballast.heads.MultiTaskNetwork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
  private static final float MASK_PENALTY = 1e4f;

  private final LayerPoolingArchitecture arch;
  private final List<String> taskNames;
  private final List<HeadKind> headKinds;
  private final NDManager manager;
  private final Map<String, NDArray> params = new LinkedHashMap<>();

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
    this.manager = manager;
    SplittableRandom random = new SplittableRandom(seed);
    int d = arch.frameDimension();
    add("layers.logits", new float[arch.layers()], new Shape(arch.layers()));
    if (arch.pooling().attentive()) {
      int a = arch.config().attentionHidden();
      add("att.hidden.weight", xavier(random, a, d), new Shape(a, d));
      add("att.hidden.bias", new float[a], new Shape(a));
      add("att.score.weight", xavier(random, d, a), new Shape(d, a));
      add("att.score.bias", new float[d], new Shape(d));
    }
    int e = arch.config().embeddingUnits();
    add("emb.weight", xavier(random, e, 2 * d), new Shape(e, 2 * d));
    add("emb.bias", new float[e], new Shape(e));
    for (int t = 0; t < headSizes.length; t++) {
      add("head" + t + ".weight", xavier(random, headSizes[t], e), new Shape(headSizes[t], e));
      add("head" + t + ".bias", new float[headSizes[t]], new Shape(headSizes[t]));
    }
  }

  @Override
  public Map<String, NDArray> parameters() {
    return params;
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
    NDArray mean;
    NDArray var;
    if (arch.pooling().attentive()) {
      NDArray hidden = Linear.linear(seq, params.get("att.hidden.weight"),
          params.get("att.hidden.bias")).singletonOrThrow().tanh();
      NDArray score = Linear.linear(hidden, params.get("att.score.weight"),
          params.get("att.score.bias")).singletonOrThrow();
      NDArray alpha = score.add(m3.sub(1f).mul(MASK_PENALTY)).softmax(1);
      mean = alpha.mul(seq).sum(new int[] {1});
      var = alpha.mul(seq.square()).sum(new int[] {1}).sub(mean.square());
    } else {
      NDArray count = mask.sum(new int[] {1}, true); // (B, 1)
      mean = seq.sum(new int[] {1}).div(count);
      var = seq.sub(mean.expandDims(1)).mul(m3).square().sum(new int[] {1}).div(count);
    }
    NDArray std = var.maximum(AttentiveStatsPooling.VARIANCE_FLOOR).sqrt();
    NDArray pooled = NDArrays.concat(new NDList(mean, std), 1);
    NDArray emb = Activation.relu(Linear.linear(pooled, params.get("emb.weight"),
        params.get("emb.bias")).singletonOrThrow());
    if (training && dropout > 0) {
      emb = Dropout.dropout(emb, dropout, true).singletonOrThrow();
    }
    NDList logits = new NDList();
    for (int t = 0; t < taskNames.size(); t++) {
      logits.add(Linear.linear(emb, params.get("head" + t + ".weight"),
          params.get("head" + t + ".bias")).singletonOrThrow());
    }
    return new Output(pooled, logits);
  }

  /** The softmax-normalised layer weights, {@code float[layer]}. */
  public float[] layerWeights() {
    float[] logits = params.get("layers.logits").toFloatArray();
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
        ? new AttentiveStatsPooling(matrix("att.hidden.weight"),
            params.get("att.hidden.bias").toFloatArray(), matrix("att.score.weight"),
            params.get("att.score.bias").toFloatArray())
        : null;
    return new LayerPoolingWeights(arch.source(), mean, std, layerWeights(), attention);
  }

  @Override
  public MultiTaskNetwork exportHeads() {
    List<Head> heads = new ArrayList<>();
    for (int t = 0; t < taskNames.size(); t++) {
      heads.add(new Head(taskNames.get(t), headKinds.get(t),
          new DenseLayer(matrix("head" + t + ".weight"),
              params.get("head" + t + ".bias").toFloatArray())));
    }
    return new MultiTaskNetwork(List.of(new DenseLayer(matrix("emb.weight"),
        params.get("emb.bias").toFloatArray())), heads);
  }

  @Override
  public Map<String, float[]> state() {
    Map<String, float[]> out = new LinkedHashMap<>();
    params.forEach((name, array) -> out.put(name, array.toFloatArray()));
    return out;
  }

  @Override
  public void load(Map<String, float[]> state) {
    for (Map.Entry<String, NDArray> e : params.entrySet()) {
      float[] v = state.get(e.getKey());
      if (v == null || v.length != e.getValue().size()) {
        throw new IllegalArgumentException("state entry " + e.getKey() + " is "
            + (v == null ? "missing" : "of length " + v.length) + ", expected length "
            + e.getValue().size());
      }
      e.getValue().set(v);
    }
  }

  private float[][] matrix(String name) {
    NDArray a = params.get(name);
    int rows = (int) a.getShape().get(0);
    int cols = (int) a.getShape().get(1);
    float[] flat = a.toFloatArray();
    float[][] m = new float[rows][cols];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(flat, r * cols, m[r], 0, cols);
    }
    return m;
  }

  private void add(String name, float[] values, Shape shape) {
    NDArray a = manager.create(values, shape);
    a.setRequiresGradient(true);
    params.put(name, a);
  }

  private static float[] xavier(SplittableRandom random, int out, int in) {
    double bound = Math.sqrt(6.0 / (in + out));
    float[] v = new float[out * in];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
    }
    return v;
  }

  @Override
  public void close() {
    params.values().forEach(NDArray::close);
  }
}
