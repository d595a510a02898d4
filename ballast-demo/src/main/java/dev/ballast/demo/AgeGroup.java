package dev.ballast.demo;

/**
 * The age task's labels with the class shares of the seed corpus's train table (LSVSC, classes
 * 0-4). Declared in alphabetical order of the labels, so a vocabulary sorted by name gives each
 * label the seed's class index.
 */
public enum AgeGroup {
  CHILD("child", 0.0008),
  MIDDLE_AGED("middle_aged", 0.4262),
  SENIOR("senior", 0.0530),
  TEEN("teen", 0.0062),
  YOUNG_ADULT("young_adult", 0.5138);

  private final String label;
  private final double seedTrainShare;

  AgeGroup(String label, double seedTrainShare) {
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
