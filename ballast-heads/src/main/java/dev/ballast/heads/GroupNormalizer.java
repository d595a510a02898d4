package dev.ballast.heads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Speaker (group) normalisation: every embedding is z-scored against the clips of its own group
 * (speaker, patient), so that what remains is how a clip differs from that speaker's usual voice.
 * Paralinguistic functionals (mean pitch, formants, loudness) are dominated by who speaks; emotion
 * lives in the deviation from it. A group's mean is shrunk towards the training mean and its
 * variance towards the training groups' pooled within-group variance by {@code priorWeight}
 * pseudo-clips, so a group of one clip stays defined. Needs no labels: at
 * prediction the statistics come from the clips of the same group predicted together.
 *
 * @param mode {@link Mode#APPEND} keeps the embedding and adds its group-relative copy (speaker
 *     traits such as gender stay visible); {@link Mode#REPLACE} keeps only the group-relative copy
 * @param priorWeight pseudo-clips of the training statistics added to every group (&gt; 0)
 * @param mean {@code float[dim]} training mean of the raw embedding
 * @param variance {@code float[dim]} variance of the raw embedding within a training group,
 *     pooled over the groups
 */
public record GroupNormalizer(Mode mode, double priorWeight, float[] mean, float[] variance) {

  /** Pseudo-clips of training statistics added to each group's own. */
  public static final double DEFAULT_PRIOR_WEIGHT = 2;
  private static final double MIN_STD = 1e-8;

  /** How the group-relative embedding enters the model. */
  public enum Mode {
    NONE, APPEND, REPLACE;

    /** Parses {@code none}, {@code append} or {@code replace}. */
    public static Mode parse(String s) {
      for (Mode m : values()) {
        if (m.name().equalsIgnoreCase(s.trim())) {
          return m;
        }
      }
      throw new IllegalArgumentException("unknown group normalisation '" + s
          + "'; use none, append or replace");
    }

    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One group's shrunk statistics. */
  public record Stats(float[] mean, float[] std, int clips) {}

  public GroupNormalizer {
    if (mode == null || mode == Mode.NONE) {
      throw new IllegalArgumentException("a group normaliser needs mode append or replace, got "
          + mode);
    }
    if (!(priorWeight > 0)) {
      throw new IllegalArgumentException("priorWeight must be > 0, got " + priorWeight);
    }
    if (mean.length != variance.length) {
      throw new IllegalArgumentException("mean and variance differ in length: " + mean.length
          + " vs " + variance.length);
    }
  }

  /**
   * Fits the prior to {@code float[example][dim]} raw training embeddings: the overall mean, and
   * the variance within groups pooled over the groups ({@code groups.get(i)} names row i's).
   */
  public static GroupNormalizer fit(Mode mode, float[][] x, List<String> groups) {
    if (x.length == 0) {
      throw new IllegalArgumentException("cannot fit a group normaliser to zero examples");
    }
    if (x.length != groups.size()) {
      throw new IllegalArgumentException(x.length + " rows but " + groups.size() + " group names");
    }
    int d = x[0].length;
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    double[] total = new double[d];
    for (int i = 0; i < x.length; i++) {
      double[] sum = sums.computeIfAbsent(groups.get(i), g -> new double[d]);
      counts.merge(groups.get(i), 1, Integer::sum);
      for (int j = 0; j < d; j++) {
        sum[j] += x[i][j];
        total[j] += x[i][j];
      }
    }
    float[] mean = new float[d];
    float[] within = new float[d];
    for (int j = 0; j < d; j++) {
      mean[j] = (float) (total[j] / x.length);
    }
    for (int i = 0; i < x.length; i++) {
      double[] sum = sums.get(groups.get(i));
      int n = counts.get(groups.get(i));
      for (int j = 0; j < d; j++) {
        double dev = x[i][j] - sum[j] / n;
        within[j] += (float) (dev * dev);
      }
    }
    for (int j = 0; j < d; j++) {
      within[j] /= x.length;
    }
    return new GroupNormalizer(mode, DEFAULT_PRIOR_WEIGHT, mean, within);
  }

  /** Dimensions of the raw embedding this normaliser takes. */
  public int inputDimension() {
    return mean.length;
  }

  /** Dimensions it gives: twice the input for {@link Mode#APPEND}. */
  public int outputDimension() {
    return mode == Mode.APPEND ? 2 * mean.length : mean.length;
  }

  /** The shrunk statistics of one group's raw embeddings (at least one). */
  public Stats stats(List<float[]> group) {
    if (group.isEmpty()) {
      throw new IllegalArgumentException("a group needs at least one clip");
    }
    int d = mean.length;
    int n = group.size();
    float[] m = new float[d];
    float[] sd = new float[d];
    for (int j = 0; j < d; j++) {
      double s = 0;
      for (float[] row : group) {
        checkDimension(row);
        s += row[j];
      }
      double mu = (s + priorWeight * mean[j]) / (n + priorWeight);
      double ss = 0;
      for (float[] row : group) {
        ss += (row[j] - mu) * (row[j] - mu);
      }
      double std = Math.sqrt((ss + priorWeight * variance[j]) / (n + priorWeight));
      m[j] = (float) mu;
      sd[j] = (float) (std > MIN_STD ? std : 1);
    }
    return new Stats(m, sd, n);
  }

  /** One raw embedding made relative to its group's {@code stats}. */
  public float[] apply(float[] x, Stats stats) {
    checkDimension(x);
    int d = mean.length;
    float[] y = new float[outputDimension()];
    int off = 0;
    if (mode == Mode.APPEND) {
      System.arraycopy(x, 0, y, 0, d);
      off = d;
    }
    for (int j = 0; j < d; j++) {
      y[off + j] = (x[j] - stats.mean()[j]) / stats.std()[j];
    }
    return y;
  }

  /**
   * Every row of {@code x} made relative to the rows of the same group; {@code groups.get(i)}
   * names row i's group.
   */
  public float[][] applyByGroup(float[][] x, List<String> groups) {
    Map<String, Stats> stats = statsByGroup(x, groups);
    float[][] y = new float[x.length][];
    for (int i = 0; i < x.length; i++) {
      y[i] = apply(x[i], stats.get(groups.get(i)));
    }
    return y;
  }

  /** The statistics of each group named in {@code groups} over its rows of {@code x}. */
  public Map<String, Stats> statsByGroup(float[][] x, List<String> groups) {
    if (x.length != groups.size()) {
      throw new IllegalArgumentException(x.length + " rows but " + groups.size() + " group names");
    }
    Map<String, List<float[]>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < x.length; i++) {
      byGroup.computeIfAbsent(groups.get(i), g -> new ArrayList<>()).add(x[i]);
    }
    Map<String, Stats> stats = new LinkedHashMap<>();
    byGroup.forEach((g, rows) -> stats.put(g, stats(rows)));
    return stats;
  }

  private void checkDimension(float[] x) {
    if (x.length != mean.length) {
      throw new IllegalArgumentException("group normaliser expects " + mean.length
          + " dimensions, got " + x.length + "; the embedding does not match the model's encoder");
    }
  }
}
