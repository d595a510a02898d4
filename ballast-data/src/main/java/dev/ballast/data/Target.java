package dev.ballast.data;

/**
 * The label(s) an example carries for one task: {@link Single} (a class index, or
 * {@link Single#MISSING}) or {@link Multi} (a 0/1 vector over the task's vocabulary).
 */
public sealed interface Target permits Target.Single, Target.Multi {

  boolean isMissing();

  /** One class index into the task's vocabulary, or {@link #MISSING} when not labelled. */
  record Single(int classIndex) implements Target {
    public static final int MISSING = -1;

    public Single {
      if (classIndex < MISSING) {
        throw new IllegalArgumentException("class index must be >= -1, got " + classIndex);
      }
    }

    @Override
    public boolean isMissing() {
      return classIndex == MISSING;
    }
  }

  /** Membership of each label of the task's vocabulary; an empty set is a valid target. */
  record Multi(boolean[] present) implements Target {
    public Multi {
      present = present.clone();
    }

    @Override
    public boolean[] present() {
      return present.clone();
    }

    @Override
    public boolean isMissing() {
      return false;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Multi m && java.util.Arrays.equals(present, m.present);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(present);
    }

    @Override
    public String toString() {
      return "Multi" + java.util.Arrays.toString(present);
    }
  }
}
