package dev.ballast.heads;

import java.util.Objects;

/** One task's output layer on top of the shared trunk. */
public record Head(String task, HeadKind kind, DenseLayer layer) {
  public Head {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(layer, "layer");
  }
}
