package dev.ballast.data.split;

import dev.ballast.data.Manifest;
import dev.ballast.data.ManifestRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Synthetic manifests for the split tests, from fixed generator seeds, written to a temp dir. */
final class SplitFixtures {
  private SplitFixtures() {}

  static Manifest write(Path dir, String name, String csv) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, csv);
    return Manifest.read(p);
  }

  /**
   * 30 speakers of 10..30 rows; classes a, b, c, d with shares about 55 / 25 / 15 / 5 % and a
   * per-speaker tilt; {@code rare} sits in exactly 3 speakers (2 rows each); every 10th row is
   * unlabelled.
   */
  static Manifest skewed(Path dir) throws Exception {
    Random random = new Random(42);
    double[] base = {0.55, 0.25, 0.15, 0.05};
    String[] classes = {"a", "b", "c", "d"};
    StringBuilder sb = new StringBuilder("path,group,emotion\n");
    int row = 0;
    for (int g = 0; g < 30; g++) {
      double[] p = new double[4];
      double sum = 0;
      for (int c = 0; c < 4; c++) {
        p[c] = base[c] * (0.5 + random.nextDouble());
        sum += p[c];
      }
      int n = 10 + random.nextInt(21);
      for (int i = 0; i < n; i++) {
        String label;
        if (g % 10 == 3 && i < 2) {
          label = "rare";
        } else if (row % 10 == 9) {
          label = "";
        } else {
          double u = random.nextDouble() * sum;
          int c = 0;
          while (c < 3 && u >= p[c]) {
            u -= p[c];
            c++;
          }
          label = classes[c];
        }
        sb.append("spk").append(g).append("/u").append(i).append(".wav,spk").append(g).append(',')
            .append(label).append('\n');
        row++;
      }
    }
    return write(dir, "skewed.csv", sb.toString());
  }

  /**
   * 24 patients of 8..16 rows with multi-label cells over crackle, wheeze, stridor; stridor is in
   * 3 patients only (3 rows each); some rows carry no label.
   */
  static Manifest multiLabel(Path dir) throws Exception {
    Random random = new Random(7);
    StringBuilder sb = new StringBuilder("path,patient,sounds\n");
    for (int g = 0; g < 24; g++) {
      int n = 8 + random.nextInt(9);
      for (int i = 0; i < n; i++) {
        List<String> labels = new ArrayList<>();
        if (random.nextDouble() < 0.5) {
          labels.add("crackle");
        }
        if (random.nextDouble() < 0.3) {
          labels.add("wheeze");
        }
        if (g % 8 == 5 && i < 3) {
          labels.add("stridor");
        }
        sb.append("p").append(g).append('_').append(i).append(".wav,p").append(g).append(',')
            .append(String.join("|", labels)).append('\n');
      }
    }
    Path p = dir.resolve("multi.csv");
    Files.writeString(p, sb);
    return Manifest.read(p, "patient");
  }

  /** Asserts each group sits in one part and each row in exactly one; returns group -> part. */
  static Map<String, String> groupParts(Partition partition, List<ManifestRow> all) {
    Map<String, String> partOfGroup = new HashMap<>();
    Set<ManifestRow> seen = new HashSet<>();
    int total = 0;
    for (Partition.Part part : partition.parts()) {
      for (ManifestRow r : part.rows()) {
        String before = partOfGroup.putIfAbsent(r.group(), part.name());
        if (before != null && !before.equals(part.name())) {
          throw new AssertionError("group " + r.group() + " in parts " + before + " and "
              + part.name());
        }
        if (!seen.add(r)) {
          throw new AssertionError("row " + r.line() + " in two parts");
        }
        total++;
      }
    }
    if (total != all.size() || !seen.containsAll(all)) {
      throw new AssertionError(total + " rows in the parts, " + all.size() + " in the manifest");
    }
    return partOfGroup;
  }
}
