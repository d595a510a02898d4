package dev.ballast.encoders.learned;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.EncoderSpec;
import dev.ballast.encoders.Encoders;
import dev.ballast.encoders.TrainedWeights;
import dev.ballast.encoders.scratch.AttentiveStatsPooling;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A {@link LayerPooling} trained with the heads, as stored in a model: which frame source it
 * pools (its registered spec, with the model's checksums), the per-layer standardisation of the
 * training frames, the softmax-normalised layer weights and the attention network.
 *
 * @param source spec of the {@link LayerFrameSource}, recreated through {@link Encoders}
 * @param inputMean {@code float[layer][dim]} mean of the training frames
 * @param inputStd {@code float[layer][dim]} their standard deviation, all positive
 * @param layerWeights {@code float[layer]}, non-negative, summing to 1
 * @param attention attentive statistics over {@code dim} channels; null for mean and standard
 *     deviation
 */
public record LayerPoolingWeights(EncoderSpec source, float[][] inputMean, float[][] inputStd,
    float[] layerWeights, @JsonInclude(JsonInclude.Include.NON_NULL) AttentiveStatsPooling attention)
    implements TrainedWeights {

  public LayerPoolingWeights {
    Objects.requireNonNull(source, "source");
    int layers = layerWeights.length;
    if (layers == 0 || inputMean.length != layers || inputStd.length != layers) {
      throw new IllegalArgumentException("need one mean, std and weight per layer; got "
          + inputMean.length + " means, " + inputStd.length + " stds, " + layers + " weights");
    }
    int dim = inputMean[0].length;
    double sum = 0;
    for (int l = 0; l < layers; l++) {
      if (inputMean[l].length != dim || inputStd[l].length != dim || dim == 0) {
        throw new IllegalArgumentException("layer " + l + " has " + inputMean[l].length
            + " means and " + inputStd[l].length + " stds; every layer needs " + dim);
      }
      for (float s : inputStd[l]) {
        if (!(s > 0)) {
          throw new IllegalArgumentException("input standard deviations must be > 0, got " + s
              + " in layer " + l);
        }
      }
      if (!(layerWeights[l] >= 0)) {
        throw new IllegalArgumentException("layer weights must be >= 0, got " + layerWeights[l]
            + " for layer " + l);
      }
      sum += layerWeights[l];
    }
    if (Math.abs(sum - 1) > 1e-4) {
      throw new IllegalArgumentException("layer weights must sum to 1 (softmax-normalised), got "
          + sum);
    }
    if (attention != null && attention.channels() != dim) {
      throw new IllegalArgumentException("attention pools " + attention.channels()
          + " channels but the layers have " + dim);
    }
  }

  public int layers() {
    return layerWeights.length;
  }

  /** Width of every layer's frames. */
  public int frameDimension() {
    return inputMean[0].length;
  }

  /** Whether frames are pooled by attentive statistics (else mean and standard deviation). */
  public boolean attentive() {
    return attention != null;
  }

  /** Mean and standard deviation of every channel. */
  @Override
  public int dimension() {
    return 2 * frameDimension();
  }

  @Override
  public Encoder createEncoder() {
    return new LayerPoolingEncoder(Encoders.createFrames(source), this);
  }

  /**
   * Pools the frames of every layer, {@code float[layer][frame][dim]} as the source gives them:
   * standardise each layer, sum the layers with their weights, then {@code [mean per channel, std
   * per channel]} (attentive or plain, variance floored at
   * {@link AttentiveStatsPooling#VARIANCE_FLOOR}).
   */
  public float[] pool(float[][][] frames) {
    int layers = layers();
    int dim = frameDimension();
    if (frames.length != layers || frames[0].length == 0) {
      throw new IllegalArgumentException("expected frames of " + layers + " layers with at least "
          + "one frame, got " + frames.length + " layers");
    }
    int count = frames[0].length;
    float[][] h = new float[dim][count];
    for (int l = 0; l < layers; l++) {
      if (frames[l].length != count) {
        throw new IllegalArgumentException("layer " + l + " has " + frames[l].length
            + " frames, layer 0 has " + count + "; every layer needs the same frame count");
      }
      float w = layerWeights[l];
      for (int t = 0; t < count; t++) {
        float[] f = frames[l][t];
        if (f.length != dim) {
          throw new IllegalArgumentException("layer " + l + " frame " + t + " has " + f.length
              + " values, expected " + dim);
        }
        for (int d = 0; d < dim; d++) {
          h[d][t] += w * (f[d] - inputMean[l][d]) / inputStd[l][d];
        }
      }
    }
    return attention != null ? attention.apply(h) : meanStd(h);
  }

  /** Mean, then standard deviation (population, floored variance) of each {@code h[channel]}. */
  static float[] meanStd(float[][] h) {
    int dim = h.length;
    float[] out = new float[2 * dim];
    for (int d = 0; d < dim; d++) {
      double sum = 0;
      for (float v : h[d]) {
        sum += v;
      }
      double mean = sum / h[d].length;
      double sq = 0;
      for (float v : h[d]) {
        sq += (v - mean) * (v - mean);
      }
      out[d] = (float) mean;
      out[dim + d] = (float) Math.sqrt(Math.max(sq / h[d].length,
          AttentiveStatsPooling.VARIANCE_FLOOR));
    }
    return out;
  }

  @Override
  public String sha256() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(source.key().getBytes(StandardCharsets.UTF_8));
      for (int l = 0; l < layers(); l++) {
        update(md, inputMean[l]);
        update(md, inputStd[l]);
      }
      update(md, layerWeights);
      if (attention != null) {
        for (float[] row : attention.hiddenWeight()) {
          update(md, row);
        }
        update(md, attention.hiddenBias());
        for (float[] row : attention.scoreWeight()) {
          update(md, row);
        }
        update(md, attention.scoreBias());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static void update(MessageDigest md, float[] values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length);
    for (float v : values) {
      b.putFloat(v);
    }
    md.update(b.array());
  }
}
