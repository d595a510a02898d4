package dev.ballast.training.sequence;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An exponential moving average of the parameters, updated after every optimiser step, with the
 * usual warm-up ({@code decay = min(decay, (1 + step) / (10 + step))}) so early averages are not
 * dominated by the initial weights. On small corpora a model's predictions on unseen speakers
 * swing from epoch to epoch; the averaged weights swing far less, so they are what dev scores and
 * what is kept.
 */
public final class WeightAverage {
  private final double decay;
  private final Map<String, NDArray> average = new LinkedHashMap<>();

  public WeightAverage(Map<String, NDArray> params, double decay, NDManager manager) {
    if (!(decay >= 0 && decay < 1)) {
      throw new IllegalArgumentException("decay must be in [0, 1), got " + decay);
    }
    this.decay = decay;
    params.forEach((name, p) -> {
      NDArray copy = manager.create(p.toFloatArray(), p.getShape());
      average.put(name, copy);
    });
  }

  /** Moves the average towards {@code params} after optimiser step {@code step} (1-based). */
  public void update(Map<String, NDArray> params, long step) {
    float d = (float) Math.min(decay, (1.0 + step) / (10.0 + step));
    for (Map.Entry<String, NDArray> e : params.entrySet()) {
      try (NDArray part = e.getValue().mul(1 - d)) {
        average.get(e.getKey()).muli(d).addi(part);
      }
    }
  }

  /**
   * {@code liveState} (a model's {@link SequenceModel#state()}) with the averaged parameters in
   * place of the live ones; other entries (batch-norm statistics) stay as they are.
   */
  public Map<String, float[]> averaged(Map<String, float[]> liveState) {
    Map<String, float[]> out = new LinkedHashMap<>(liveState);
    average.forEach((name, a) -> out.put(name, a.toFloatArray()));
    return out;
  }

  /** The averages (keys {@code avg/NAME}) for a checkpoint. */
  public Map<String, float[]> state() {
    Map<String, float[]> out = new LinkedHashMap<>();
    average.forEach((name, a) -> out.put("avg/" + name, a.toFloatArray()));
    return out;
  }

  /** Restores {@link #state()}. */
  public void load(Map<String, float[]> state) {
    average.forEach((name, a) -> {
      float[] v = state.get("avg/" + name);
      if (v == null || v.length != a.size()) {
        throw new IllegalArgumentException("weight average avg/" + name + " is missing or has the "
            + "wrong length; the checkpoint does not belong to this model");
      }
      a.set(v);
    });
  }
}
