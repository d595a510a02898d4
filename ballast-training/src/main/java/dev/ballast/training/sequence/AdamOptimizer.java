package dev.ballast.training.sequence;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam (Kingma and Ba 2015) with L2 weight decay on matrices, whose moments and step count can be
 * saved and restored: DJL's own optimiser keeps that state private, and an interrupted run can
 * only continue exactly with it.
 */
public final class AdamOptimizer {
  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;

  private final float learningRate;
  private final float weightDecay;
  private final Map<String, NDArray> first = new LinkedHashMap<>();
  private final Map<String, NDArray> second = new LinkedHashMap<>();
  private long steps;

  public AdamOptimizer(Map<String, NDArray> params, double learningRate, double weightDecay,
      NDManager manager) {
    if (!(learningRate > 0) || !(weightDecay >= 0)) {
      throw new IllegalArgumentException("need learningRate > 0 and weightDecay >= 0, got "
          + learningRate + ", " + weightDecay);
    }
    this.learningRate = (float) learningRate;
    this.weightDecay = (float) weightDecay;
    params.forEach((name, p) -> {
      first.put(name, manager.zeros(p.getShape()));
      second.put(name, manager.zeros(p.getShape()));
    });
  }

  /** One update of every parameter from its gradient, then the gradients are zeroed. */
  public void step(Map<String, NDArray> params) {
    steps++;
    float correction1 = (float) (1 - Math.pow(BETA1, steps));
    float correction2 = (float) (1 - Math.pow(BETA2, steps));
    for (Map.Entry<String, NDArray> e : params.entrySet()) {
      NDArray p = e.getValue();
      NDArray grad = p.getGradient();
      NDArray g = grad;
      if (p.getShape().dimension() > 1 && weightDecay > 0) {
        try (NDArray decay = p.mul(weightDecay)) {
          g = grad.add(decay);
        }
      }
      NDArray m = first.get(e.getKey());
      NDArray v = second.get(e.getKey());
      try (NDArray gm = g.mul(1 - BETA1); NDArray g2 = g.square()) {
        m.muli(BETA1).addi(gm);
        v.muli(BETA2).addi(g2.muli(1 - BETA2));
      }
      try (NDArray update = m.div(correction1); NDArray vHat = v.div(correction2);
          NDArray scale = vHat.sqrt()) {
        p.subi(update.divi(scale.addi(EPSILON)).muli(learningRate));
      }
      grad.subi(grad); // zero the gradient for the next batch (PyTorch accumulates)
      if (g != grad) {
        g.close();
      }
      grad.close();
    }
  }

  /** Moments (keys {@code m/NAME}, {@code v/NAME}) for a checkpoint. */
  public Map<String, float[]> state() {
    Map<String, float[]> out = new LinkedHashMap<>();
    first.forEach((k, a) -> out.put("m/" + k, a.toFloatArray()));
    second.forEach((k, a) -> out.put("v/" + k, a.toFloatArray()));
    return out;
  }

  public long steps() {
    return steps;
  }

  /** Restores {@link #state()} and the step count. */
  public void load(Map<String, float[]> state, long steps) {
    first.forEach((k, a) -> a.set(require(state, "m/" + k, a)));
    second.forEach((k, a) -> a.set(require(state, "v/" + k, a)));
    this.steps = steps;
  }

  private static float[] require(Map<String, float[]> state, String key, NDArray like) {
    float[] v = state.get(key);
    if (v == null || v.length != like.size()) {
      throw new IllegalArgumentException("optimiser state " + key + " is missing or has the "
          + "wrong length; the checkpoint does not belong to this model");
    }
    return v;
  }
}
