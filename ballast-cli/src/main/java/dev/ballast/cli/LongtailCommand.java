package dev.ballast.cli;

import dev.ballast.data.LongTail;
import dev.ballast.data.Manifest;
import dev.ballast.data.ManifestRow;
import dev.ballast.data.ManifestWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "longtail", description = "Subsample a training manifest to a long-tailed class "
    + "profile with a given imbalance ratio (largest / smallest class).")
final class LongtailCommand implements Callable<Integer> {
  @Option(names = "--manifest", required = true, paramLabel = "CSV") Path manifest;
  @Option(names = "--task", required = true, description = "Single-label task column.") String task;
  @Option(names = "--ratio", required = true, description = "Imbalance ratio, e.g. 20.") double ratio;
  @Option(names = "--profile", defaultValue = "exp", description = "exp or step (default: ${DEFAULT-VALUE}).") String profile;
  @Option(names = "--seed", defaultValue = "0") long seed;
  @Option(names = "--out", required = true, paramLabel = "CSV") Path out;

  @Override
  public Integer call() throws Exception {
    LongTail.Profile p = switch (profile) {
      case "exp" -> LongTail.Profile.EXP;
      case "step" -> LongTail.Profile.STEP;
      default -> throw new IllegalArgumentException("--profile must be exp or step, got '" + profile + "'");
    };
    Manifest m = Manifest.read(manifest);
    List<ManifestRow> rows = LongTail.subsample(m, task, ratio, p, seed);
    ManifestWriter.write(out, m.header(), rows);
    Map<String, Integer> counts = new TreeMap<>();
    for (ManifestRow r : rows) {
      counts.merge(r.cells().get(task).isEmpty() ? "(unlabelled)" : r.cells().get(task), 1, Integer::sum);
    }
    System.out.println("wrote " + rows.size() + " of " + m.rows().size() + " rows to " + out);
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> System.out.printf("  %-16s %d%n", e.getKey(), e.getValue()));
    return 0;
  }
}
