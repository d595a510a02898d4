package dev.ballast.training.sequence;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import dev.ballast.encoders.scratch.ConvLayer;
import dev.ballast.encoders.scratch.FrameFrontEnd;
import dev.ballast.encoders.scratch.TdnnWeights;
import dev.ballast.heads.HeadKind;
import dev.ballast.heads.MultiTaskNetwork;
import java.util.ArrayList;
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

  private final TdnnConfig config;
  private final List<String> taskNames;
  private final List<HeadKind> headKinds;
  private final NamedParameters params;
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
    this.params = new NamedParameters(manager);
    SplittableRandom random = new SplittableRandom(seed);
    int in = config.melBins();
    runningMean = new float[config.layers()][];
    runningVar = new float[config.layers()][];
    for (int i = 0; i < config.layers(); i++) {
      int out = config.channels().get(i);
      int taps = config.taps().get(i);
      params.add("conv" + i + ".weight", NamedParameters.uniform(random, out * in * taps,
          Math.sqrt(6.0 / (in * taps))), new Shape(out, in, taps));
      params.add("conv" + i + ".bias", new float[out], new Shape(out));
      params.add("bn" + i + ".gamma", filled(out, 1f), new Shape(out));
      params.add("bn" + i + ".beta", new float[out], new Shape(out));
      runningMean[i] = new float[out];
      runningVar[i] = filled(out, 1f);
      in = out;
    }
    PooledHeads.addAttention(params, random, in, config.attentionHidden());
    PooledHeads.addHeads(params, random, 2 * in, config.embeddingUnits(), headSizes);
  }

  /** The trainable arrays by name, in a fixed order. */
  public Map<String, NDArray> parameters() {
    return params.all();
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
    NDArray pooled = PooledHeads.attentiveStatistics(params, h.transpose(0, 2, 1), mask);
    NDList logits = PooledHeads.logits(params, pooled, taskNames.size(), training, dropout);
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
      float[] flat = params.vector("conv" + i + ".weight");
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
    return new TdnnWeights(new FrameFrontEnd(config.melBins()), inputMean, inputStd, layers,
        PooledHeads.exportAttention(params));
  }

  /** The dense part after pooling: the embedding layer as trunk, one head per task. */
  public MultiTaskNetwork exportHeads() {
    return PooledHeads.exportHeads(params, taskNames, headKinds);
  }

  /** Every number of the model state (parameters and batch-norm statistics), for checkpoints. */
  public Map<String, float[]> state() {
    Map<String, float[]> out = params.state();
    for (int i = 0; i < config.layers(); i++) {
      out.put("bn" + i + ".runningMean", runningMean[i].clone());
      out.put("bn" + i + ".runningVar", runningVar[i].clone());
    }
    return out;
  }

  /** Restores {@link #state()}; names and lengths must match this model's. */
  public void load(Map<String, float[]> state) {
    params.load(state);
    for (int i = 0; i < config.layers(); i++) {
      runningMean[i] = NamedParameters.require(state, "bn" + i + ".runningMean", runningMean[i].length).clone();
      runningVar[i] = NamedParameters.require(state, "bn" + i + ".runningVar", runningVar[i].length).clone();
    }
  }

  private static float[] filled(int n, float value) {
    float[] v = new float[n];
    java.util.Arrays.fill(v, value);
    return v;
  }

  @Override
  public void close() {
    params.close();
  }
}
