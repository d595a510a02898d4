package dev.ballast.training.sequence;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import dev.ballast.encoders.scratch.AttentiveStatsPooling;
import dev.ballast.encoders.scratch.ConvLayer;
import dev.ballast.encoders.scratch.FrameFrontEnd;
import dev.ballast.encoders.scratch.TdnnWeights;
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
 * The from-scratch encoder and its heads as DJL arrays: time-delay layers (convolution, ReLU,
 * batch normalisation over the unpadded frames only), attentive statistics pooling, a dense
 * embedding layer with ReLU and dropout, one linear head per task. Padded frames are zeroed after
 * every layer, so a padded batch computes exactly what the plain-Java {@code TdnnEncoder} computes
 * on each sequence alone.
 *
 * <p>Parameters are plain named arrays (no DJL {@code Block}), so that they, the optimiser state
 * and the batch-norm statistics can be checkpointed and restored bit for bit.
 */
public final class TdnnModel implements SequenceModel {
  static final float BN_EPSILON = 1e-5f;
  static final float BN_MOMENTUM = 0.1f;
  private static final float MASK_PENALTY = 1e4f;

  private final TdnnConfig config;
  private final List<String> taskNames;
  private final List<HeadKind> headKinds;
  private final NDManager manager;
  private final Map<String, NDArray> params = new LinkedHashMap<>();
  private final float[][] runningMean;
  private final float[][] runningVar;

  /**
   * A freshly initialised model: He-uniform convolutions, Xavier-uniform dense layers, zero
   * biases, unit batch-norm scales; drawn from {@code seed} alone (not the engine's generator).
   */
  public TdnnModel(TdnnConfig config, List<String> taskNames, List<HeadKind> headKinds,
      int[] headSizes, long seed, NDManager manager) {
    this.config = config;
    this.taskNames = List.copyOf(taskNames);
    this.headKinds = List.copyOf(headKinds);
    this.manager = manager;
    SplittableRandom random = new SplittableRandom(seed);
    int in = config.melBins();
    runningMean = new float[config.layers()][];
    runningVar = new float[config.layers()][];
    for (int i = 0; i < config.layers(); i++) {
      int out = config.channels().get(i);
      int taps = config.taps().get(i);
      add("conv" + i + ".weight", uniform(random, out * in * taps, Math.sqrt(6.0 / (in * taps))),
          new Shape(out, in, taps));
      add("conv" + i + ".bias", new float[out], new Shape(out));
      add("bn" + i + ".gamma", filled(out, 1f), new Shape(out));
      add("bn" + i + ".beta", new float[out], new Shape(out));
      runningMean[i] = new float[out];
      runningVar[i] = filled(out, 1f);
      in = out;
    }
    int a = config.attentionHidden();
    add("att.hidden.weight", xavier(random, a, in), new Shape(a, in));
    add("att.hidden.bias", new float[a], new Shape(a));
    add("att.score.weight", xavier(random, in, a), new Shape(in, a));
    add("att.score.bias", new float[in], new Shape(in));
    int e = config.embeddingUnits();
    add("emb.weight", xavier(random, e, 2 * in), new Shape(e, 2 * in));
    add("emb.bias", new float[e], new Shape(e));
    for (int t = 0; t < headSizes.length; t++) {
      add("head" + t + ".weight", xavier(random, headSizes[t], e), new Shape(headSizes[t], e));
      add("head" + t + ".bias", new float[headSizes[t]], new Shape(headSizes[t]));
    }
  }

  /** The trainable arrays by name, in a fixed order. */
  public Map<String, NDArray> parameters() {
    return params;
  }

  public long parameterCount() {
    return params.values().stream().mapToLong(NDArray::size).sum();
  }

  /**
   * Forward pass.
   *
   * @param x normalised frames {@code (batch, melBin, frame)}, zero beyond each sequence's end
   * @param mask {@code (batch, frame)}: 1 for real frames, 0 for padding
   * @param training batch statistics (updating the running ones) and dropout when true
   */
  public Output forward(NDArray x, NDArray mask, boolean training, float dropout) {
    NDArray m3 = mask.expandDims(1);
    NDArray h = x;
    for (int i = 0; i < config.layers(); i++) {
      int dilation = config.dilations().get(i);
      int pad = dilation * (config.taps().get(i) - 1) / 2;
      h = h.getNDArrayInternal().convolution(h, params.get("conv" + i + ".weight"),
          params.get("conv" + i + ".bias"), new Shape(1), new Shape(pad), new Shape(dilation), 1)
          .singletonOrThrow();
      h = Activation.relu(h);
      h = batchNorm(i, h, m3, training).mul(m3);
    }
    NDArray frames = h.transpose(0, 2, 1); // (B, T, C)
    NDArray hidden = Linear.linear(frames, params.get("att.hidden.weight"),
        params.get("att.hidden.bias")).singletonOrThrow().tanh();
    NDArray score = Linear.linear(hidden, params.get("att.score.weight"),
        params.get("att.score.bias")).singletonOrThrow();
    score = score.add(mask.sub(1f).mul(MASK_PENALTY).expandDims(2));
    NDArray alpha = score.softmax(1);
    NDArray mean = alpha.mul(frames).sum(new int[] {1});
    NDArray second = alpha.mul(frames.square()).sum(new int[] {1});
    NDArray std = second.sub(mean.square()).maximum(AttentiveStatsPooling.VARIANCE_FLOOR).sqrt();
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

  private NDArray batchNorm(int layer, NDArray h, NDArray m3, boolean training) {
    int c = config.channels().get(layer);
    Shape column = new Shape(1, c, 1);
    // views of parameters live in the base manager: hand them to the batch's manager
    NDArray gamma = params.get("bn" + layer + ".gamma").reshape(column);
    NDArray beta = params.get("bn" + layer + ".beta").reshape(column);
    gamma.attach(h.getManager());
    beta.attach(h.getManager());
    NDArray mean;
    NDArray var;
    if (training) {
      NDArray count = m3.sum().mul(1f);
      mean = h.mul(m3).sum(new int[] {0, 2}).div(count);
      var = h.sub(mean.reshape(column)).mul(m3).square().sum(new int[] {0, 2}).div(count);
      float[] batchMean = mean.toFloatArray();
      float[] batchVar = var.toFloatArray();
      for (int k = 0; k < c; k++) {
        runningMean[layer][k] = (1 - BN_MOMENTUM) * runningMean[layer][k] + BN_MOMENTUM * batchMean[k];
        runningVar[layer][k] = (1 - BN_MOMENTUM) * runningVar[layer][k] + BN_MOMENTUM * batchVar[k];
      }
    } else {
      mean = h.getManager().create(runningMean[layer]);
      var = h.getManager().create(runningVar[layer]);
    }
    return h.sub(mean.reshape(column)).div(var.add(BN_EPSILON).sqrt().reshape(column)).mul(gamma)
        .add(beta);
  }

  /** The encoder part in plain-Java form, batch norm folded into per-channel scale and shift. */
  public TdnnWeights exportEncoder(float[] inputMean, float[] inputStd) {
    List<ConvLayer> layers = new ArrayList<>();
    int in = config.melBins();
    for (int i = 0; i < config.layers(); i++) {
      int out = config.channels().get(i);
      int taps = config.taps().get(i);
      float[] flat = params.get("conv" + i + ".weight").toFloatArray();
      float[][][] w = new float[out][in][taps];
      for (int o = 0; o < out; o++) {
        for (int j = 0; j < in; j++) {
          System.arraycopy(flat, (o * in + j) * taps, w[o][j], 0, taps);
        }
      }
      float[] gamma = params.get("bn" + i + ".gamma").toFloatArray();
      float[] beta = params.get("bn" + i + ".beta").toFloatArray();
      float[] scale = new float[out];
      float[] shift = new float[out];
      for (int k = 0; k < out; k++) {
        scale[k] = (float) (gamma[k] / Math.sqrt(runningVar[i][k] + BN_EPSILON));
        shift[k] = beta[k] - runningMean[i][k] * scale[k];
      }
      layers.add(new ConvLayer(w, params.get("conv" + i + ".bias").toFloatArray(),
          config.dilations().get(i), scale, shift));
      in = out;
    }
    AttentiveStatsPooling pooling = new AttentiveStatsPooling(matrix("att.hidden.weight"),
        params.get("att.hidden.bias").toFloatArray(), matrix("att.score.weight"),
        params.get("att.score.bias").toFloatArray());
    return new TdnnWeights(new FrameFrontEnd(config.melBins()), inputMean, inputStd, layers,
        pooling);
  }

  /** The dense part after pooling: the embedding layer as trunk, one head per task. */
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

  /** Every number of the model state (parameters and batch-norm statistics), for checkpoints. */
  public Map<String, float[]> state() {
    Map<String, float[]> out = new LinkedHashMap<>();
    params.forEach((name, array) -> out.put(name, array.toFloatArray()));
    for (int i = 0; i < config.layers(); i++) {
      out.put("bn" + i + ".runningMean", runningMean[i].clone());
      out.put("bn" + i + ".runningVar", runningVar[i].clone());
    }
    return out;
  }

  /** Restores {@link #state()}; names and lengths must match this model's. */
  public void load(Map<String, float[]> state) {
    for (Map.Entry<String, NDArray> e : params.entrySet()) {
      float[] v = require(state, e.getKey(), (int) e.getValue().size());
      e.getValue().set(v);
    }
    for (int i = 0; i < config.layers(); i++) {
      runningMean[i] = require(state, "bn" + i + ".runningMean", runningMean[i].length).clone();
      runningVar[i] = require(state, "bn" + i + ".runningVar", runningVar[i].length).clone();
    }
  }

  private static float[] require(Map<String, float[]> state, String name, int length) {
    float[] v = state.get(name);
    if (v == null || v.length != length) {
      throw new IllegalArgumentException("state entry " + name + " is "
          + (v == null ? "missing" : "of length " + v.length) + ", expected length " + length);
    }
    return v;
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

  private static float[] uniform(SplittableRandom random, int n, double bound) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
    }
    return v;
  }

  private static float[] xavier(SplittableRandom random, int out, int in) {
    return uniform(random, out * in, Math.sqrt(6.0 / (in + out)));
  }

  private static float[] filled(int n, float value) {
    float[] v = new float[n];
    java.util.Arrays.fill(v, value);
    return v;
  }

  @Override
  public void close() {
    params.values().forEach(NDArray::close);
  }
}
