package dev.ballast.cli;

import dev.ballast.data.Manifest;
import dev.ballast.data.ManifestWriter;
import dev.ballast.data.TaskKind;
import dev.ballast.data.TaskSpec;
import dev.ballast.data.split.ClassCounts;
import dev.ballast.data.split.GroupKFold;
import dev.ballast.data.split.GroupSplitter;
import dev.ballast.data.split.Partition;
import dev.ballast.data.split.SplitPlan;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "split", description = "Split a manifest into group-aware stratified parts (no "
    + "speaker or patient in two parts), or into k folds; prints each part's class counts.")
final class SplitCommand implements Callable<Integer> {
  private static final String DEFAULT_RATIOS = "60,20,20";

  @Option(names = "--manifest", required = true, paramLabel = "CSV", description = "Manifest to split.") Path manifest;
  @Option(names = "--group", defaultValue = Manifest.GROUP, paramLabel = "COLUMN", description = "Column holding speaker/patient ids; when the default column is absent, each row is its own group (default: ${DEFAULT-VALUE}).") String group;
  @Option(names = "--stratify", required = true, paramLabel = "TASK", description = "Label column whose class shares each part should keep.") String stratify;
  @Option(names = "--multilabel", description = "Read the --stratify column as multi-label, labels separated by | (iterative stratification).") boolean multilabel;
  @Option(names = "--ratios", paramLabel = "R1,R2,...", description = "Relative part sizes; parts are train,test for 2, train,dev,test for 3, part1..partN otherwise (default: " + DEFAULT_RATIOS + ").") String ratios;
  @Option(names = "--folds", paramLabel = "K", description = "Make K folds instead of --ratios: fold-i/train.csv and fold-i/test.csv.") Integer folds;
  @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Seed for breaking ties (default: ${DEFAULT-VALUE}).") long seed;
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for <part>.csv, or fold-i/train.csv and fold-i/test.csv.") Path out;

  @Override
  public Integer call() throws Exception {
    if (folds != null && ratios != null) {
      throw new IllegalArgumentException("--ratios " + ratios + " and --folds " + folds
          + " both given; give --ratios for one split or --folds for k-fold, not both");
    }
    Manifest m = Manifest.read(manifest, group);
    TaskSpec task = new TaskSpec(stratify,
        multilabel ? TaskKind.MULTI_LABEL : TaskKind.SINGLE_LABEL);
    if (folds != null) {
      Partition partition = new GroupKFold(folds, seed).split(m, task);
      for (int i = 0; i < partition.names().size(); i++) {
        Path dir = out.resolve(partition.names().get(i));
        for (Partition.Part part : partition.holdOut(i).parts()) {
          write(m, dir.resolve(part.name() + ".csv"), part);
        }
      }
      System.out.println("class counts of the test folds (stratified by '" + stratify + "'):");
      System.out.print(partition.counts().table());
      for (int i = 0; i < partition.names().size(); i++) {
        warn(partition.holdOut(i).counts(), partition.names().get(i) + "/");
      }
      return 0;
    }
    Partition partition = new GroupSplitter(
        SplitPlan.parse(ratios != null ? ratios : DEFAULT_RATIOS), seed).split(m, task);
    for (Partition.Part part : partition.parts()) {
      write(m, out.resolve(part.name() + ".csv"), part);
    }
    ClassCounts counts = partition.counts();
    System.out.println("class counts (stratified by '" + stratify + "'):");
    System.out.print(counts.table());
    warn(counts, "");
    return 0;
  }

  private static void write(Manifest m, Path file, Partition.Part part) throws java.io.IOException {
    ManifestWriter.write(file, m.header(), part.rows());
    System.out.println("wrote " + part.rows().size() + " rows to " + file);
  }

  /** One stderr line per class a part lacks; {@code partPrefix} names the fold, if any. */
  private static void warn(ClassCounts counts, String partPrefix) {
    for (ClassCounts.Missing missing : counts.missing()) {
      System.err.println("warning: " + new ClassCounts.Missing(missing.label(),
          partPrefix + missing.part()).message());
    }
  }
}
