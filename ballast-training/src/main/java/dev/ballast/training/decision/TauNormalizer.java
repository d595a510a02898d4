package dev.ballast.training.decision;

import dev.ballast.heads.DenseLayer;
import dev.ballast.heads.Head;
import dev.ballast.heads.HeadKind;
import dev.ballast.heads.MultiTaskNetwork;
import java.util.ArrayList;
import java.util.List;

/**
 * Classifier-weight normalisation (Kang et al. 2020, "tau-normalised classifier"): each weight
 * row of a softmax head becomes {@code w_c / ||w_c||^tau}, so frequent classes, whose rows grow
 * larger under instance sampling, no longer win on norm alone. Biases are kept as trained (the
 * paper reports their effect as negligible). Sigmoid heads are left alone: their labels are
 * decided independently, so there is no norm race between them. The trunk is shared, unchanged.
 */
public final class TauNormalizer {
  private final double tau;

  public TauNormalizer(double tau) {
    if (!(tau >= 0)) {
      throw new IllegalArgumentException("tau must be >= 0, got " + tau);
    }
    this.tau = tau;
  }

  /** A new network with normalised softmax heads; {@code tau = 0} returns an equal copy. */
  public MultiTaskNetwork apply(MultiTaskNetwork network) {
    List<Head> heads = new ArrayList<>();
    for (Head h : network.heads()) {
      heads.add(h.kind() == HeadKind.SOFTMAX
          ? new Head(h.task(), h.kind(), normalise(h.layer())) : h);
    }
    return new MultiTaskNetwork(network.trunk(), heads);
  }

  DenseLayer normalise(DenseLayer layer) {
    float[][] w = layer.weight();
    float[][] out = new float[w.length][];
    for (int c = 0; c < w.length; c++) {
      double norm = 0;
      for (float v : w[c]) {
        norm += (double) v * v;
      }
      norm = Math.sqrt(norm);
      // A zero row stays zero: there is no direction to rescale.
      double f = tau == 0 || norm == 0 ? 1 : Math.pow(norm, -tau);
      out[c] = new float[w[c].length];
      for (int i = 0; i < w[c].length; i++) {
        out[c][i] = (float) (w[c][i] * f);
      }
    }
    return new DenseLayer(out, layer.bias().clone());
  }
}
