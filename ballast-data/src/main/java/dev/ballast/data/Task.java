package dev.ballast.data;

import java.util.Objects;

/** A named classification task with its kind and label domain. */
public record Task(String name, TaskKind kind, LabelVocabulary vocabulary) {
  public Task {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(vocabulary, "vocabulary");
    if (name.isBlank()) {
      throw new IllegalArgumentException("task name must not be blank");
    }
    if (kind == TaskKind.SINGLE_LABEL && vocabulary.size() < 2) {
      throw new IllegalArgumentException("single-label task '" + name
          + "' needs at least two labels, the training data holds only " + vocabulary.labels()
          + "; drop the task or add examples of other labels");
    }
  }
}
