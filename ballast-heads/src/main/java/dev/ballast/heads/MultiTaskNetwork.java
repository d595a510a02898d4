package dev.ballast.heads;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain-Java inference of the multi-task network trained with DJL: a shared trunk of dense
 * layers with ReLU, then one linear head per task. Needs no native library.
 */
public record MultiTaskNetwork(List<DenseLayer> trunk, List<Head> heads) {
  public MultiTaskNetwork {
    trunk = List.copyOf(trunk);
    heads = List.copyOf(heads);
    if (heads.isEmpty()) {
      throw new IllegalArgumentException("a network needs at least one head");
    }
    for (int i = 1; i < trunk.size(); i++) {
      if (trunk.get(i).inputs() != trunk.get(i - 1).outputs()) {
        throw new IllegalArgumentException("trunk layer " + i + " takes " + trunk.get(i).inputs()
            + " inputs but layer " + (i - 1) + " gives " + trunk.get(i - 1).outputs());
      }
    }
    int shared = trunk.isEmpty() ? -1 : trunk.get(trunk.size() - 1).outputs();
    for (Head h : heads) {
      if (shared >= 0 && h.layer().inputs() != shared) {
        throw new IllegalArgumentException("head " + h.task() + " takes " + h.layer().inputs()
            + " inputs but the trunk gives " + shared);
      }
    }
  }

  public int inputDimension() {
    return trunk.isEmpty() ? heads.get(0).layer().inputs() : trunk.get(0).inputs();
  }

  /** The shared representation of one (standardised) input. */
  public float[] trunkOutput(float[] x) {
    float[] h = x;
    for (DenseLayer layer : trunk) {
      h = layer.apply(h);
      for (int i = 0; i < h.length; i++) {
        h[i] = Math.max(0f, h[i]);
      }
    }
    return h;
  }

  /** Raw logits of every head, by task name, in head order. */
  public Map<String, float[]> logits(float[] x) {
    float[] h = trunkOutput(x);
    Map<String, float[]> out = new LinkedHashMap<>();
    for (Head head : heads) {
      out.put(head.task(), head.layer().apply(h));
    }
    return out;
  }

  public static float[] softmax(float[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (float v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] e = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      e[i] = Math.exp(z[i] - max);
      sum += e[i];
    }
    float[] p = new float[z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] = (float) (e[i] / sum);
    }
    return p;
  }

  public static float sigmoid(float z) {
    return (float) (1 / (1 + Math.exp(-z)));
  }
}
