package dev.ballast.cli;

import dev.ballast.data.Manifest;
import dev.ballast.evaluation.EvaluationReport;
import dev.ballast.serving.Predictor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate", description = "Evaluate a model on a labelled manifest; writes "
    + "DIR/report.txt and DIR/metrics.json.")
final class EvaluateCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, paramLabel = "MODEL") Path model;
  @Option(names = "--test", required = true, paramLabel = "CSV") Path test;
  @Option(names = "--group", defaultValue = "group", description = "Group column (default: ${DEFAULT-VALUE}).") String group;
  @Option(names = "--out", required = true, paramLabel = "DIR") Path out;
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    Predictor predictor = Predictor.load(model);
    Manifest manifest = Manifest.read(test, group);
    EvaluationReport report;
    try (Progress progress = new Progress("evaluate")) {
      report = ModelEvaluator.evaluate(predictor, manifest, common.cache(), common.threads,
          common.strict, progress);
    }
    report.write(out);
    System.out.println(report.toText());
    System.out.println("wrote " + out.resolve("report.txt") + " and " + out.resolve("metrics.json"));
    return 0;
  }
}
