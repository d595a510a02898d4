package dev.ballast.data;

import java.util.List;

/** A manifest row with its targets, one per task in the task list's order. */
public record Example(ManifestRow row, List<Target> targets) {
  public Example {
    targets = List.copyOf(targets);
  }
}
