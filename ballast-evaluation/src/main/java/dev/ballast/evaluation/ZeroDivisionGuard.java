package dev.ballast.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Divides under a {@link ZeroDivision} policy and records a warning for every undefined result. */
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

  void warn(String message) {
    warnings.add(taskName + ": " + message);
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }
}
