package dev.ballast.data.split;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a split and their relative sizes. Ratios are weights: {@code 60,20,20} and
 * {@code 3,1,1} give the same shares; {@link #shares()} normalises them to sum to 1.
 *
 * @param names one distinct, non-blank name per part, e.g. {@code train, dev, test}
 * @param ratios one positive weight per part
 */
public record SplitPlan(List<String> names, List<Double> ratios) {
  public SplitPlan {
    names = List.copyOf(names);
    ratios = List.copyOf(ratios);
    if (ratios.size() < 2) {
      throw new IllegalArgumentException("a split needs at least 2 parts, got " + ratios.size()
          + " ratio(s) " + ratios + "; give one ratio per part, e.g. 60,20,20");
    }
    for (int i = 0; i < ratios.size(); i++) {
      double r = ratios.get(i);
      if (!(r > 0) || Double.isInfinite(r)) {
        throw new IllegalArgumentException("split ratio " + (i + 1) + " of " + ratios
            + " must be a positive number, got " + r + "; give every part a positive ratio or"
            + " drop the part");
      }
    }
    if (names.size() != ratios.size()) {
      throw new IllegalArgumentException("a split with " + ratios.size() + " ratios needs "
          + ratios.size() + " part names, got " + names.size() + " " + names
          + "; give one name per ratio");
    }
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (n.isBlank() || !seen.add(n)) {
        throw new IllegalArgumentException("part names must be distinct and non-blank, got "
            + names + "; rename the parts");
      }
    }
  }

  /** A plan with the {@linkplain #defaultNames(int) default part names}. */
  public static SplitPlan of(List<Double> ratios) {
    return new SplitPlan(defaultNames(ratios.size()), ratios);
  }

  /** Parses comma-separated weights such as {@code 60,20,20} into a plan with default names. */
  public static SplitPlan parse(String ratios) {
    List<Double> out = new ArrayList<>();
    for (String field : ratios.split(",", -1)) {
      try {
        out.add(Double.parseDouble(field.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("split ratios '" + ratios + "': '" + field.trim()
            + "' is not a number; write the ratios as comma-separated numbers, e.g. 60,20,20");
      }
    }
    return of(out);
  }

  /** {@code train, test} for 2 parts, {@code train, dev, test} for 3, else {@code part1..partN}. */
  public static List<String> defaultNames(int parts) {
    if (parts == 2) {
      return List.of("train", "test");
    }
    if (parts == 3) {
      return List.of("train", "dev", "test");
    }
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= parts; i++) {
      names.add("part" + i);
    }
    return names;
  }

  public int size() {
    return ratios.size();
  }

  /** The ratios divided by their sum, in part order. */
  public double[] shares() {
    double sum = 0;
    for (double r : ratios) {
      sum += r;
    }
    double[] s = new double[ratios.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = ratios.get(i) / sum;
    }
    return s;
  }
}
