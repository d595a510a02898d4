package dev.ballast.encoders.scratch;

import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.TrainedWeights;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The learnt part of a {@link TdnnEncoder}, as stored in a model: front end, input normalisation
 * (per-bin mean and standard deviation of the training frames), the time-delay layers and the
 * pooling.
 *
 * @param inputMean {@code float[melBin]}
 * @param inputStd {@code float[melBin]}, all positive
 */
public record TdnnWeights(FrameFrontEnd frontEnd, float[] inputMean, float[] inputStd,
    List<ConvLayer> layers, AttentiveStatsPooling pooling) implements TrainedWeights {
  public TdnnWeights {
    layers = List.copyOf(layers);
    int bins = frontEnd.melBins();
    if (inputMean.length != bins || inputStd.length != bins) {
      throw new IllegalArgumentException("input normalisation needs " + bins + " entries, got "
          + inputMean.length + " and " + inputStd.length);
    }
    for (float s : inputStd) {
      if (!(s > 0)) {
        throw new IllegalArgumentException("input standard deviations must be > 0, got " + s);
      }
    }
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a TDNN needs at least one layer");
    }
    int channels = bins;
    for (int i = 0; i < layers.size(); i++) {
      if (layers.get(i).inputs() != channels) {
        throw new IllegalArgumentException("layer " + i + " takes " + layers.get(i).inputs()
            + " channels but receives " + channels);
      }
      channels = layers.get(i).outputs();
    }
    if (pooling.channels() != channels) {
      throw new IllegalArgumentException("pooling takes " + pooling.channels()
          + " channels but the last layer gives " + channels);
    }
  }

  /** Length of the pooled vector: mean and standard deviation of every channel. */
  @Override
  public int dimension() {
    return 2 * pooling.channels();
  }

  @Override
  public Encoder createEncoder() {
    return new TdnnEncoder(this);
  }

  @Override
  public String sha256() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(("bins=" + frontEnd.melBins()).getBytes(StandardCharsets.UTF_8));
      update(md, inputMean);
      update(md, inputStd);
      for (ConvLayer l : layers) {
        md.update(ByteBuffer.allocate(4).putInt(l.dilationFrames()).array());
        for (float[][] out : l.weight()) {
          for (float[] in : out) {
            update(md, in);
          }
        }
        update(md, l.bias());
        update(md, l.scale());
        update(md, l.shift());
      }
      for (float[] row : pooling.hiddenWeight()) {
        update(md, row);
      }
      update(md, pooling.hiddenBias());
      for (float[] row : pooling.scoreWeight()) {
        update(md, row);
      }
      update(md, pooling.scoreBias());
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
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
