package dev.ballast.cli;

/** One-line descriptions of the errors a command can end with. */
final class Errors {
  private Errors() {}

  static String describe(Throwable e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + e.getMessage();
    }
    String m = e.getMessage();
    return m != null ? m : e.getClass().getSimpleName();
  }
}
