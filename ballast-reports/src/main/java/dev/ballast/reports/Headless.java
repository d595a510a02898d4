package dev.ballast.reports;

/** Makes AWT headless unless the caller chose otherwise; call before the first image is made. */
final class Headless {
  private Headless() {}

  static void ensure() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }
}
