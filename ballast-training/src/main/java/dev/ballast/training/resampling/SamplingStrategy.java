package dev.ballast.training.resampling;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which classes of a single-label task a resampler touches, and how far.
 *
 * <p>A {@link Classes} selection names classes by their counts among the labelled examples;
 * classes with no labelled example are never selected. Over-samplers grow the selected classes to
 * the majority count, under-samplers shrink them to the minority count, cleaning methods
 * (tomek, enn) remove examples of the selected classes only. When several classes share the
 * largest (smallest) count, all of them are the majority (minority). {@link Counts} asks for exact
 * per-class counts, by label name; classes it does not name are left alone.
 */
public sealed interface SamplingStrategy permits SamplingStrategy.Classes, SamplingStrategy.Counts {

  Classes MINORITY = Classes.MINORITY;
  Classes MAJORITY = Classes.MAJORITY;
  Classes NOT_MINORITY = Classes.NOT_MINORITY;
  Classes NOT_MAJORITY = Classes.NOT_MAJORITY;
  Classes ALL = Classes.ALL;

  /** Classes selected by their labelled count. */
  enum Classes implements SamplingStrategy {
    /** The class(es) with the fewest labelled examples. */
    MINORITY,
    /** The class(es) with the most labelled examples. */
    MAJORITY,
    /** Every class but the minority; the default of under-samplers and cleaning methods. */
    NOT_MINORITY,
    /** Every class but the majority; the default of over-samplers. */
    NOT_MAJORITY,
    /** Every class with labelled examples. */
    ALL
  }

  /**
   * The wanted number of labelled examples of each named class after resampling.
   *
   * @param perClass label name to wanted count (>= 0); held in label-name order
   */
  record Counts(Map<String, Integer> perClass) implements SamplingStrategy {
    public Counts {
      Objects.requireNonNull(perClass, "perClass");
      if (perClass.isEmpty()) {
        throw new IllegalArgumentException(
            "per-class counts must name at least one class; use a Classes selection such as"
                + " NOT_MAJORITY to select classes by their counts");
      }
      TreeMap<String, Integer> sorted = new TreeMap<>();
      for (Map.Entry<String, Integer> e : perClass.entrySet()) {
        Objects.requireNonNull(e.getKey(), "label");
        Objects.requireNonNull(e.getValue(), "count of '" + e.getKey() + "'");
        if (e.getValue() < 0) {
          throw new IllegalArgumentException("per-class count of '" + e.getKey()
              + "' must be >= 0, got " + e.getValue());
        }
        sorted.put(e.getKey(), e.getValue());
      }
      perClass = Collections.unmodifiableMap(sorted);
    }
  }

  /** Exact per-class counts, by label name. */
  static Counts counts(Map<String, Integer> perClass) {
    return new Counts(perClass);
  }
}
