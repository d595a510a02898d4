package dev.ballast.cli;

import dev.ballast.data.Manifest;
import dev.ballast.serving.Predictor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate", description = "Evaluate a model on a labelled manifest; writes "
    + "DIR/report.txt, DIR/metrics.json, DIR/report.html and DIR/figures/*.png.")
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
    ModelEvaluator.Evaluated evaluated;
    try (Progress progress = new Progress("evaluate")) {
      evaluated = ModelEvaluator.evaluate(predictor, manifest, common.cache(), common.threads,
          common.strict, progress);
    }
    ModelEvaluator.write(out, "Ballast evaluation: " + model.getFileName() + " on "
        + test.getFileName(), evaluated, predictor);
    System.out.println(evaluated.report().toText());
    System.out.println("wrote report.txt, metrics.json, report.html and figures/ in " + out);
    return 0;
  }
}
