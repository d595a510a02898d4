package dev.ballast.training.resampling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** Resamplers by registered name, each with its default configuration. */
public final class Resamplers {
  private static final Map<String, Supplier<Resampler>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put(NoResampling.NAME, NoResampling::new);
    BY_NAME.put(RandomOverSampler.NAME, RandomOverSampler::new);
    BY_NAME.put(RandomUnderSampler.NAME, RandomUnderSampler::new);
    BY_NAME.put(Smote.NAME, Smote::new);
    BY_NAME.put(BorderlineSmote.NAME, BorderlineSmote::new);
    BY_NAME.put(Adasyn.NAME, Adasyn::new);
    BY_NAME.put(TomekLinks.NAME, TomekLinks::new);
    BY_NAME.put(EditedNearestNeighbours.NAME, EditedNearestNeighbours::new);
    BY_NAME.put(MlRos.NAME, MlRos::new);
  }

  private Resamplers() {
  }

  /** Registered names, in a fixed order. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /**
   * The named resampler with its neighbour count k capped for a smallest class of
   * {@code smallestClassCount} labelled examples ({@code k <= n - 1}); with a single example there
   * is no neighbour to interpolate towards, and the SMOTE family falls back to random
   * over-sampling. Other resamplers are returned with their defaults.
   */
  public static Resampler forSmallestClass(String name, long smallestClassCount) {
    int k = (int) Math.max(1, Math.min(Smote.DEFAULT_K, smallestClassCount - 1));
    boolean interpolates = name.equals(Smote.NAME) || name.equals(BorderlineSmote.NAME)
        || name.equals(Adasyn.NAME);
    if (interpolates && smallestClassCount < 2) {
      return new RandomOverSampler();
    }
    if (name.equals(Smote.NAME)) {
      return new Smote(k, SamplingStrategy.NOT_MAJORITY);
    }
    if (name.equals(BorderlineSmote.NAME)) {
      return new BorderlineSmote(k, BorderlineSmote.DEFAULT_M, SamplingStrategy.NOT_MAJORITY);
    }
    if (name.equals(Adasyn.NAME)) {
      return new Adasyn(k, SamplingStrategy.NOT_MAJORITY);
    }
    return byName(name);
  }

  /** A new resampler with default settings; throws for an unknown name, listing the known ones. */
  public static Resampler byName(String name) {
    Objects.requireNonNull(name, "name");
    Supplier<Resampler> make = BY_NAME.get(name);
    if (make == null) {
      throw new IllegalArgumentException("unknown resampler '" + name + "'; known names: "
          + String.join(", ", BY_NAME.keySet()));
    }
    return make.get();
  }
}
