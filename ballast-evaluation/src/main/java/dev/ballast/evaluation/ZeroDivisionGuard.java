package dev.ballast.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Divides under a {@link ZeroDivision} policy and records a warning for every undefined result.
 * Metrics the policy does not cover are left empty ({@link #absent}), also with a warning.
 */
final class ZeroDivisionGuard {
  private final String taskName;
  private final ZeroDivision policy;
  private final List<String> warnings = new ArrayList<>();

  ZeroDivisionGuard(String taskName, ZeroDivision policy) {
    this.taskName = Objects.requireNonNull(taskName, "taskName");
    this.policy = Objects.requireNonNull(policy, "policy");
    if (taskName.isBlank()) {
      throw new IllegalArgumentException("task name must not be blank; pass the task's name so"
          + " warnings say which task they are about");
    }
  }

  /** {@code numerator / denominator}; policy value plus a warning if the denominator is 0. */
  double ratio(double numerator, double denominator, String metric, String reason) {
    return denominator == 0 ? undefined(metric, reason) : numerator / denominator;
  }

  /** Warns that {@code metric} is undefined because of {@code reason}; returns the policy value. */
  double undefined(String metric, String reason) {
    warn(metric + " is undefined (" + reason + "); set to " + policy.text());
    return policy.value();
  }

  /**
   * For metrics outside the {@link ZeroDivision} policy (AUC, MCC, calibration, ...): warns that
   * {@code metric} is undefined and returns an empty value, which reports show as {@code null}.
   */
  OptionalDouble absent(String metric, String reason) {
    warn(metric + " is undefined (" + reason + "); reported as null");
    return OptionalDouble.empty();
  }

  /** {@code numerator / denominator}, or {@link #absent} if the denominator is 0. */
  OptionalDouble optionalRatio(double numerator, double denominator, String metric,
      String reason) {
    return denominator == 0 ? absent(metric, reason) : OptionalDouble.of(numerator / denominator);
  }

  void warn(String message) {
    warnings.add(taskName + ": " + message);
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }
}
