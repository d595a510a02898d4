package dev.ballast.data;

import java.util.Objects;

/** A task as named on the command line, before its labels are known. */
public record TaskSpec(String name, TaskKind kind) {
  public TaskSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (name.isBlank()) {
      throw new IllegalArgumentException("task name must not be blank");
    }
  }
}
