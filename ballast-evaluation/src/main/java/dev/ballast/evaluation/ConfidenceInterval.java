package dev.ballast.evaluation;

/** A two-sided interval {@code [lower, upper]} for a metric, e.g. a bootstrap 95 % interval. */
public record ConfidenceInterval(double lower, double upper) {
  public ConfidenceInterval {
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("interval needs lower <= upper, got [" + lower + ", "
          + upper + "]; pass the bounds in order");
    }
  }

  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
