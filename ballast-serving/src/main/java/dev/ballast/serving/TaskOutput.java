package dev.ballast.serving;

import java.util.List;
import java.util.Map;

/** One task's prediction for one clip. */
public sealed interface TaskOutput permits TaskOutput.Single, TaskOutput.Multi {

  /** Probability of each label, in vocabulary order. */
  Map<String, Double> probabilities();

  /** The chosen class and the class probabilities (after the decision stage). */
  record Single(String label, int index, Map<String, Double> probabilities)
      implements TaskOutput {}

  /** The labels whose probability reaches their threshold. */
  record Multi(List<String> labels, boolean[] present, Map<String, Double> probabilities)
      implements TaskOutput {}
}
