package dev.ballast.encoders.onnx;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an input of {@code length} units (samples or fbank frames) into windows of at most
 * {@code window} units that overlap by {@code overlap}; the last window is moved back to end at the
 * end of the input, so no window is a short tail. Each window owns the time up to the middle of
 * its overlap with the next one: output frames outside that span are dropped, so every instant
 * contributes exactly once.
 */
record WindowPlan(int length, int window, int[] starts) {

  static WindowPlan of(int length, int window, int overlap) {
    if (length <= 0 || window <= 0 || overlap < 0 || overlap >= window) {
      throw new IllegalArgumentException("need length > 0 and 0 <= overlap < window, got length "
          + length + ", window " + window + ", overlap " + overlap);
    }
    if (length <= window) {
      return new WindowPlan(length, length, new int[] {0});
    }
    List<Integer> starts = new ArrayList<>();
    int s = 0;
    for (; s + window < length; s += window - overlap) {
      starts.add(s);
    }
    starts.add(length - window);
    return new WindowPlan(length, window, starts.stream().mapToInt(Integer::intValue).toArray());
  }

  int count() {
    return starts.length;
  }

  int start(int k) {
    return starts[k];
  }

  int end(int k) {
    return Math.min(starts[k] + window, length);
  }

  /**
   * Whether frame {@code i} of {@code frames} output frames of window {@code k} is kept; frames
   * are taken to be spread evenly over the window and placed at their centres.
   */
  boolean owns(int k, int i, int frames) {
    double centre = start(k) + (i + 0.5) * (end(k) - start(k)) / frames;
    double from = k == 0 ? Double.NEGATIVE_INFINITY : 0.5 * (start(k) + end(k - 1));
    double to = k == starts.length - 1 ? Double.POSITIVE_INFINITY : 0.5 * (start(k + 1) + end(k));
    return centre >= from && centre < to;
  }
}
