package dev.ballast.training;

/** Versions recorded in model provenance. */
final class Versions {
  private Versions() {}

  static String ballast() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v != null ? v : "0.1.0-SNAPSHOT";
  }

  static String djl() {
    String v = ai.djl.engine.Engine.class.getPackage().getImplementationVersion();
    return v != null ? v : "0.35.1";
  }
}
