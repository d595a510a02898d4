package dev.ballast.training;

import dev.ballast.training.loss.Losses;
import java.util.Map;
import java.util.Objects;

/** A loss by registered name (see {@link Losses}) with its parameters. */
public record LossSpec(String name, Map<String, String> params) {
  public LossSpec {
    Objects.requireNonNull(name, "name");
    params = Map.copyOf(params);
  }

  public static LossSpec of(String name, String... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("loss parameters come in key/value pairs, got "
          + keyValues.length + " strings");
    }
    Map<String, String> p = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      p.put(keyValues[i], keyValues[i + 1]);
    }
    return new LossSpec(name, p);
  }

  @Override
  public String toString() {
    return params.isEmpty() ? name : name + new java.util.TreeMap<>(params);
  }
}
