package dev.ballast.training.resampling;

/**
 * A neighbour count a resampler needs, checked before it runs.
 *
 * @param parameter the resampler's parameter name, for error messages ({@code "k"}, {@code "m"})
 * @param neighbours how many neighbours each example looks up
 * @param scope where they are looked up
 */
record Need(String parameter, int neighbours, Scope scope) {
  enum Scope {
    /** Among the examples of the class being over-sampled. */
    SAME_CLASS,
    /** Among all labelled examples of the task. */
    ALL_LABELLED
  }

  static Need sameClass(String parameter, int neighbours) {
    return new Need(parameter, neighbours, Scope.SAME_CLASS);
  }

  static Need allLabelled(String parameter, int neighbours) {
    return new Need(parameter, neighbours, Scope.ALL_LABELLED);
  }
}
