package dev.ballast.heads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Speaker (group) normalisation: every embedding is scored against the clips of its own group
 * (speaker, patient), so that what remains is how a clip differs from that speaker's usual voice.
 * Paralinguistic functionals (mean pitch, formants, loudness) are dominated by who speaks; emotion
 * lives in the deviation from it. Robust statistics (median, 1.4826 x median absolute deviation)
 * keep a speaker's few extreme clips from defining their baseline. A group's median is shrunk
 * towards the training median and its variance towards the training groups' pooled within-group
 * variance by {@code priorWeight} pseudo-clips, so a group of one clip stays defined. Needs no
 * labels: at prediction the statistics come from the clips of the same group predicted together.
 *
 * @param mode {@link Mode#APPEND} keeps the embedding and adds its group-relative copy (speaker
 *     traits such as gender stay visible); {@link Mode#REPLACE} keeps only the group-relative copy
 * @param priorWeight pseudo-clips of the training statistics added to every group (&gt; 0)
 * @param centre {@code float[dim]} training median of the raw embedding
 * @param variance {@code float[dim]} robust variance of the raw embedding within a training
 *     group, pooled over the groups
 */
public record GroupNormalizer(Mode mode, double priorWeight, float[] centre, float[] variance) {

  /** Pseudo-clips of training statistics added to each group's own. */
  public static final double DEFAULT_PRIOR_WEIGHT = 2;
  private static final double MIN_STD = 1e-8;
  private static final double MAD_TO_STD = 1.4826;

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
  public record Stats(float[] centre, float[] scale, int clips) {}

  public GroupNormalizer {
    if (mode == null || mode == Mode.NONE) {
      throw new IllegalArgumentException("a group normaliser needs mode append or replace, got "
          + mode);
    }
    if (!(priorWeight > 0)) {
      throw new IllegalArgumentException("priorWeight must be > 0, got " + priorWeight);
    }
    if (centre.length != variance.length) {
      throw new IllegalArgumentException("centre and variance differ in length: " + centre.length
          + " vs " + variance.length);
    }
  }

  /**
   * Fits the prior to {@code float[example][dim]} raw training embeddings: the overall median, and
   * the robust variance within groups pooled over the groups ({@code groups.get(i)} names row
   * i's).
   */
  public static GroupNormalizer fit(Mode mode, float[][] x, List<String> groups) {
    if (x.length == 0) {
      throw new IllegalArgumentException("cannot fit a group normaliser to zero examples");
    }
    int d = x[0].length;
    Map<String, List<float[]>> byGroup = byGroup(x, groups);
    List<float[]> all = List.of(x);
    float[] centre = new float[d];
    float[] within = new float[d];
    for (int j = 0; j < d; j++) {
      centre[j] = (float) median(column(all, j));
      double pooled = 0;
      for (List<float[]> rows : byGroup.values()) {
        double[] v = column(rows, j);
        double scale = robustScale(v, median(v));
        pooled += rows.size() * scale * scale;
      }
      within[j] = (float) (pooled / x.length);
    }
    return new GroupNormalizer(mode, DEFAULT_PRIOR_WEIGHT, centre, within);
  }

  /** Dimensions of the raw embedding this normaliser takes. */
  public int inputDimension() {
    return centre.length;
  }

  /** Dimensions it gives: twice the input for {@link Mode#APPEND}. */
  public int outputDimension() {
    return mode == Mode.APPEND ? 2 * centre.length : centre.length;
  }

  /** The shrunk statistics of one group's raw embeddings (at least one). */
  public Stats stats(List<float[]> group) {
    if (group.isEmpty()) {
      throw new IllegalArgumentException("a group needs at least one clip");
    }
    group.forEach(this::checkDimension);
    int d = centre.length;
    int n = group.size();
    float[] c = new float[d];
    float[] sd = new float[d];
    for (int j = 0; j < d; j++) {
      double[] v = column(group, j);
      double med = median(v);
      double scale = robustScale(v, med);
      double mu = (n * med + priorWeight * centre[j]) / (n + priorWeight);
      double var = (n * (scale * scale + (med - mu) * (med - mu)) + priorWeight * variance[j])
          / (n + priorWeight);
      double std = Math.sqrt(var);
      c[j] = (float) mu;
      sd[j] = (float) (std > MIN_STD ? std : 1);
    }
    return new Stats(c, sd, n);
  }

  private static double[] column(List<float[]> rows, int j) {
    double[] v = new double[rows.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = rows.get(i)[j];
    }
    return v;
  }

  /** Median of {@code v} (the mean of the middle two for an even count); sorts a copy. */
  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }

  /**
   * 1.4826 x the median absolute deviation from {@code med}, the median of {@code v}: the standard
   * deviation for Gaussian data.
   */
  private static double robustScale(double[] v, double med) {
    double[] dev = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      dev[i] = Math.abs(v[i] - med);
    }
    return MAD_TO_STD * median(dev);
  }

  /** One raw embedding made relative to its group's {@code stats}. */
  public float[] apply(float[] x, Stats stats) {
    checkDimension(x);
    int d = centre.length;
    float[] y = new float[outputDimension()];
    int off = 0;
    if (mode == Mode.APPEND) {
      System.arraycopy(x, 0, y, 0, d);
      off = d;
    }
    for (int j = 0; j < d; j++) {
      y[off + j] = (x[j] - stats.centre()[j]) / stats.scale()[j];
    }
    return y;
  }

  /**
   * Every row of {@code x} made relative to the rows of the same group; {@code groups.get(i)}
   * names row i's group.
   */
  public float[][] applyByGroup(float[][] x, List<String> groups) {
    return apply(x, groups, statsByGroup(x, groups));
  }

  /**
   * Every row of {@code x} made relative to its group's statistics in {@code stats} (which may come
   * from other rows, e.g. augmented copies scored against their sources' speaker).
   */
  public float[][] apply(float[][] x, List<String> groups, Map<String, Stats> stats) {
    checkRows(x, groups);
    float[][] y = new float[x.length][];
    for (int i = 0; i < x.length; i++) {
      y[i] = apply(x[i], stats.get(groups.get(i)));
    }
    return y;
  }

  /** The statistics of each group named in {@code groups} over its rows of {@code x}. */
  public Map<String, Stats> statsByGroup(float[][] x, List<String> groups) {
    Map<String, Stats> stats = new LinkedHashMap<>();
    byGroup(x, groups).forEach((g, rows) -> stats.put(g, stats(rows)));
    return stats;
  }

  private static Map<String, List<float[]>> byGroup(float[][] x, List<String> groups) {
    checkRows(x, groups);
    Map<String, List<float[]>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < x.length; i++) {
      byGroup.computeIfAbsent(groups.get(i), g -> new ArrayList<>()).add(x[i]);
    }
    return byGroup;
  }

  private static void checkRows(float[][] x, List<String> groups) {
    if (x.length != groups.size()) {
      throw new IllegalArgumentException(x.length + " rows but " + groups.size() + " group names");
    }
  }

  private void checkDimension(float[] x) {
    if (x.length != centre.length) {
      throw new IllegalArgumentException("group normaliser expects " + centre.length
          + " dimensions, got " + x.length + "; the embedding does not match the model's encoder");
    }
  }
}
