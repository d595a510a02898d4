package dev.ballast.cli;

import dev.ballast.data.Manifest;
import dev.ballast.data.TaskKind;
import dev.ballast.data.TaskSpec;
import dev.ballast.demo.DemoCorpus;
import dev.ballast.encoders.Encoders;
import dev.ballast.encoders.FeatureCache;
import dev.ballast.evaluation.ClassificationMetrics;
import dev.ballast.evaluation.EvaluationReport;
import dev.ballast.evaluation.TaskEvaluation;
import dev.ballast.serving.Predictor;
import dev.ballast.training.ImbalanceRecipe;
import dev.ballast.training.TrainingConfig;
import dev.ballast.training.TrainingPipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Build a synthetic speech-like multi-task corpus with the "
    + "skew of a real one (gender, age, dialect, emotion), train the plain and balanced recipes "
    + "on it and print both reports side by side. No download, no user data.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--out", defaultValue = "out/demo", description = "Working folder (default: ${DEFAULT-VALUE}).") Path out;
  @Option(names = "--train-size", defaultValue = "1200") int trainSize;
  @Option(names = "--test-size", defaultValue = "500") int testSize;
  @Option(names = "--seed", defaultValue = "0") long seed;
  @Option(names = "--threads", defaultValue = "2") int threads;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    System.out.println("1/4 generating the corpus in " + out + " ...");
    DemoCorpus.Result corpus = DemoCorpus.generate(out.resolve("corpus"),
        DemoCorpus.Config.of(trainSize, testSize, DemoCorpus.Config.DEFAULT_SEED + seed));
    System.out.println(corpus.skewTable());
    List<TaskSpec> tasks = new ArrayList<>();
    for (String t : DemoCorpus.TASKS) {
      tasks.add(new TaskSpec(t, TaskKind.SINGLE_LABEL));
    }
    Optional<FeatureCache> cache = Optional.of(new FeatureCache(out.resolve("cache")));
    Manifest train = Manifest.read(corpus.train().manifest());
    Manifest test = Manifest.read(corpus.test().manifest());
    List<EvaluationReport> reports = new ArrayList<>();
    int step = 2;
    for (ImbalanceRecipe recipe : List.of(ImbalanceRecipe.PLAIN, ImbalanceRecipe.BALANCED)) {
      System.out.println(step++ + "/4 training recipe '" + recipe.name() + "': "
          + recipe.description());
      TrainingPipeline.Outcome outcome;
      try (Progress progress = new Progress("extract")) {
        outcome = new TrainingPipeline(s -> System.out.println("    " + s), progress).run(
            new TrainingPipeline.Request(train, Optional.empty(), tasks, Encoders.DEFAULT,
                TrainingConfig.defaults(recipe, seed), cache, false, threads));
      }
      Path model = out.resolve(recipe.name() + ".ballast");
      outcome.bundle().save(model);
      Predictor predictor = new Predictor(outcome.bundle());
      ModelEvaluator.Evaluated evaluated;
      try (Progress progress = new Progress("evaluate")) {
        evaluated = ModelEvaluator.evaluate(predictor, test, cache, threads, false, progress);
      }
      ModelEvaluator.write(out.resolve("eval-" + recipe.name()), "Ballast demo: recipe "
          + recipe.name(), evaluated, predictor);
      reports.add(evaluated.report());
    }
    System.out.println();
    for (int t = 0; t < reports.get(0).tasks().size(); t++) {
      System.out.println(EvaluationReport.sideBySide("PLAIN (cross-entropy)",
          text(reports.get(0), t), "BALANCED (default remedy)", text(reports.get(1), t)));
    }
    System.out.println(summary(reports.get(0), reports.get(1)));
    System.out.printf(Locale.ROOT, "done in %.0f s; models, reports and metrics.json in %s%n",
        (System.nanoTime() - start) / 1e9, out);
    return 0;
  }

  private static String text(EvaluationReport report, int task) {
    TaskEvaluation e = report.tasks().get(task);
    return new EvaluationReport(List.of(e), List.of()).toText();
  }

  static String summary(EvaluationReport plain, EvaluationReport balanced) {
    StringBuilder sb = new StringBuilder("summary (test set)\n");
    sb.append(String.format(Locale.ROOT, "%-10s %10s %10s %12s %12s %10s %10s%n", "task",
        "acc plain", "acc bal", "macroF1 pl", "macroF1 bal", "minRec pl", "minRec bal"));
    for (int t = 0; t < plain.tasks().size(); t++) {
      ClassificationMetrics p = plain.tasks().get(t).metrics();
      ClassificationMetrics b = balanced.tasks().get(t).metrics();
      sb.append(String.format(Locale.ROOT, "%-10s %10.3f %10.3f %12.3f %12.3f %10.3f %10.3f%n",
          p.taskName(), p.accuracy(), b.accuracy(), p.macroF1(), b.macroF1(), p.minClassRecall(),
          b.minClassRecall()));
    }
    return sb.toString();
  }
}
