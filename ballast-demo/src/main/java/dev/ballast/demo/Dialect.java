package dev.ballast.demo;

/**
 * The dialect task's labels (invented regions of a synthetic language) with the class shares of
 * the seed corpus's train table (LSVSC, classes 0-4), in alphabetical order of the labels so a
 * vocabulary sorted by name gives each label the seed's class index.
 */
public enum Dialect {
  CENTRAL("central", 0.0339),
  COASTAL("coastal", 0.0070),
  HIGHLAND("highland", 0.0005),
  NORTH("north", 0.8810),
  SOUTH("south", 0.0776);

  private final String label;
  private final double seedTrainShare;

  Dialect(String label, double seedTrainShare) {
    this.label = label;
    this.seedTrainShare = seedTrainShare;
  }

  /** The label as written in manifests. */
  public String label() {
    return label;
  }

  /** Share of this class in the seed's train table. */
  public double seedTrainShare() {
    return seedTrainShare;
  }
}
