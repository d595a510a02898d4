package dev.ballast.demo;

/** The gender task's labels; the seed's train table is balanced (49.65 % male). */
public enum Gender {
  FEMALE("female", 0.5),
  MALE("male", 0.5);

  private final String label;
  private final double seedTrainShare;

  Gender(String label, double seedTrainShare) {
    this.label = label;
    this.seedTrainShare = seedTrainShare;
  }

  /** The label as written in manifests. */
  public String label() {
    return label;
  }

  /** Share of this class that {@link DemoCorpus} aims for (a 50/50 split). */
  public double seedTrainShare() {
    return seedTrainShare;
  }
}
