package dev.ballast.demo;

/**
 * The emotion task's labels with the class shares of the seed corpus's train table (LSVSC,
 * classes 0-7, class 5 being the 98.57 % majority), in alphabetical order of the labels so a
 * vocabulary sorted by name gives each label the seed's class index (neutral is 5).
 */
public enum Emotion {
  ANGER("anger", 0.0021),
  BOREDOM("boredom", 0.0003),
  DISGUST("disgust", 0.0008),
  FEAR("fear", 0.0006),
  HAPPINESS("happiness", 0.0066),
  NEUTRAL("neutral", 0.9857),
  SADNESS("sadness", 0.0035),
  SURPRISE("surprise", 0.0004);

  private final String label;
  private final double seedTrainShare;

  Emotion(String label, double seedTrainShare) {
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
