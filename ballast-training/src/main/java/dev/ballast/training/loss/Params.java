package dev.ballast.training.loss;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** A loss's string parameters from a recipe: known keys only, parsed with clear errors. */
final class Params {
  private final String who;
  private final Map<String, String> values;

  /**
   * @param who how messages name the loss, e.g. "loss 'focal'"
   * @throws IllegalArgumentException for a key not in {@code known}
   */
  Params(String who, Map<String, String> values, List<String> known) {
    this.who = who;
    this.values = Map.copyOf(Objects.requireNonNull(values, "params"));
    for (String key : new TreeSet<>(values.keySet())) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException(who + " has no parameter '" + key
            + "'; it takes " + (known.isEmpty() ? "none" : String.join(", ", known)));
      }
    }
  }

  String who() {
    return who;
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  String text(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  double number(String key, double fallback) {
    String v = values.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      double d = Double.parseDouble(v.trim());
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(who + ": parameter '" + key
        + "' must be a finite number, got '" + v + "'");
  }

  int integer(String key, String meaning) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException(who + " needs parameter '" + key + "': "
          + meaning);
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(who + ": parameter '" + key
          + "' must be an integer, got '" + v + "'", e);
    }
  }

  /** The value of {@code key}, which must be one of {@code allowed}. */
  String choice(String key, String fallback, List<String> allowed) {
    String v = values.getOrDefault(key, fallback);
    if (!allowed.contains(v)) {
      throw new IllegalArgumentException(who + ": parameter '" + key + "' must be"
          + " one of " + String.join(", ", allowed) + ", got '" + v + "'");
    }
    return v;
  }
}
