package dev.ballast.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The train / test pair and tasks of commands that train many models on one extraction. */
final class ExperimentOptions {
  @Option(names = "--train", required = true, paramLabel = "CSV") Path train;
  @Option(names = "--test", required = true, paramLabel = "CSV") Path test;
  @Option(names = "--task", paramLabel = "NAME", description = "Single-label task column (repeatable).") List<String> tasks = new ArrayList<>();
  @Option(names = "--multilabel", paramLabel = "NAME", description = "Multi-label task column (repeatable).") List<String> multi = new ArrayList<>();
  @Option(names = "--group", defaultValue = "group", description = "Group column (default: ${DEFAULT-VALUE}).") String group;
  @Option(names = "--encoder", defaultValue = dev.ballast.encoders.Encoders.DEFAULT, description = "Encoder (default: ${DEFAULT-VALUE}).") String encoder;
  @Mixin HeadOptions head;
  @Mixin CommonOptions common;

  /** Reads both manifests and extracts their embeddings once. */
  Experiment load() throws Exception {
    return Experiment.load(train, test, group, TrainCommand.specs(tasks, multi), encoder,
        head, common.cache(), common.threads,
        common.strict);
  }
}
