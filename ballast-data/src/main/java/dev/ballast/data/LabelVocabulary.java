package dev.ballast.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A task's ordered, immutable label domain. Index i is the i-th output of the task's head; macro
 * averages run over every label here, whether or not it occurs in a batch.
 */
public final class LabelVocabulary {
  private final List<String> labels;
  private final Map<String, Integer> index = new HashMap<>();

  public LabelVocabulary(List<String> labels) {
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("a label vocabulary needs at least one label");
    }
    this.labels = List.copyOf(labels);
    for (int i = 0; i < this.labels.size(); i++) {
      String l = this.labels.get(i);
      if (l.isBlank()) {
        throw new IllegalArgumentException("labels must not be blank (index " + i + ")");
      }
      if (index.put(l, i) != null) {
        throw new IllegalArgumentException("label '" + l + "' appears twice in " + labels);
      }
    }
  }

  public List<String> labels() {
    return labels;
  }

  public int size() {
    return labels.size();
  }

  public String label(int i) {
    return labels.get(i);
  }

  public Optional<Integer> indexOf(String label) {
    return Optional.ofNullable(index.get(label));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelVocabulary && ((LabelVocabulary) o).labels.equals(labels);
  }

  @Override
  public int hashCode() {
    return labels.hashCode();
  }

  @Override
  public String toString() {
    return labels.toString();
  }
}
