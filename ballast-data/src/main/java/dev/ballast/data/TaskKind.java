package dev.ballast.data;

/** Whether a task assigns exactly one label per example or any subset of its labels. */
public enum TaskKind {
  SINGLE_LABEL("single_label"),
  MULTI_LABEL("multi_label");

  private final String jsonName;

  TaskKind(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name used in JSON outputs ({@code single_label} / {@code multi_label}). */
  public String jsonName() {
    return jsonName;
  }
}
