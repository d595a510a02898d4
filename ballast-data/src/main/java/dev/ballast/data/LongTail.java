package dev.ballast.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Subsamples a manifest to a long-tailed class profile for one single-label task, the protocol of
 * long-tailed benchmarks: classes ranked by count, the largest keeps its count {@code n_max}, the
 * class of rank i keeps {@code n_max * ratio^(-i/(K-1))} (exponential) or {@code n_max / ratio}
 * for the second half (step). Rows not labelled for the task are kept.
 */
public final class LongTail {
  /** Shape of the class-count profile. */
  public enum Profile { EXP, STEP }

  private LongTail() {}

  /** Target count per label, largest class first. */
  public static Map<String, Integer> targets(Map<String, Integer> counts, double ratio,
      Profile profile) {
    if (!(ratio >= 1)) {
      throw new IllegalArgumentException("imbalance ratio must be >= 1, got " + ratio);
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    int k = ranked.size();
    int max = ranked.get(0).getValue();
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < k; i++) {
      double share = profile == Profile.EXP
          ? Math.pow(ratio, -(k == 1 ? 0 : i / (double) (k - 1)))
          : (i < k / 2 ? 1 : 1 / ratio);
      int want = (int) Math.max(1, Math.round(max * share));
      out.put(ranked.get(i).getKey(), Math.min(want, ranked.get(i).getValue()));
    }
    return out;
  }

  /** The rows kept, in manifest order. */
  public static List<ManifestRow> subsample(Manifest manifest, String task, double ratio,
      Profile profile, long seed) throws ManifestException {
    manifest.requireColumns(List.of(new TaskSpec(task, TaskKind.SINGLE_LABEL)));
    Map<String, List<ManifestRow>> byLabel = new TreeMap<>();
    for (ManifestRow r : manifest.rows()) {
      String label = r.cells().get(task);
      if (!label.isEmpty()) {
        byLabel.computeIfAbsent(label, l -> new ArrayList<>()).add(r);
      }
    }
    if (byLabel.size() < 2) {
      throw new ManifestException("column '" + task + "' of " + manifest.file() + " has "
          + byLabel.size() + " label(s); a long-tailed profile needs at least two");
    }
    Map<String, Integer> counts = new TreeMap<>();
    byLabel.forEach((l, rows) -> counts.put(l, rows.size()));
    Map<String, Integer> targets = targets(counts, ratio, profile);
    Random random = new Random(seed);
    java.util.Set<ManifestRow> keep = new java.util.HashSet<>();
    for (Map.Entry<String, List<ManifestRow>> e : byLabel.entrySet()) {
      List<ManifestRow> rows = new ArrayList<>(e.getValue());
      java.util.Collections.shuffle(rows, random);
      keep.addAll(rows.subList(0, targets.get(e.getKey())));
    }
    List<ManifestRow> out = new ArrayList<>();
    for (ManifestRow r : manifest.rows()) {
      if (r.cells().get(task).isEmpty() || keep.contains(r)) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparingInt(ManifestRow::line));
    return out;
  }
}
