package dev.ballast.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ballast.data.Task;
import dev.ballast.evaluation.ClassificationMetrics;
import dev.ballast.evaluation.MeanStd;
import dev.ballast.reports.SummaryPage;
import dev.ballast.reports.StrategyChart;
import dev.ballast.training.ImbalanceRecipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "compare", description = "Run imbalance strategies (recipes) N times each on the "
    + "same train / test embeddings (extracted once); writes compare.md, compare.json, "
    + "compare.png and report.html.")
final class CompareCommand implements Callable<Integer> {
  static final List<String> METRICS = List.of("macro_f1", "balanced_accuracy", "min_class_recall");

  @Option(names = "--strategies", defaultValue = "all", split = ",", description = "Recipe names or all (default: ${DEFAULT-VALUE}).") List<String> strategies;
  @Option(names = "--seeds", defaultValue = "3", description = "Runs per strategy, seeds 0..N-1 (default: ${DEFAULT-VALUE}).") int seeds;
  @Option(names = "--out", required = true, paramLabel = "DIR") Path out;
  @Mixin ExperimentOptions experiment;

  @Override
  public Integer call() throws Exception {
    if (seeds < 1) {
      throw new IllegalArgumentException("--seeds must be at least 1, got " + seeds);
    }
    List<ImbalanceRecipe> recipes = strategies.equals(List.of("all")) ? ImbalanceRecipe.all()
        : strategies.stream().map(ImbalanceRecipe::byName).toList();
    Experiment exp = experiment.load();
    // values[recipe][task][metric][seed]
    double[][][][] values = new double[recipes.size()][exp.tasks.size()][METRICS.size()][seeds];
    Experiment.Run best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    String bestName = "";
    try (Progress progress = new Progress("compare")) {
      int done = 0;
      for (int r = 0; r < recipes.size(); r++) {
        for (int s = 0; s < seeds; s++) {
          Experiment.Run run = exp.run(recipes.get(r), s, exp.allRows(),
              Map.of("compare_strategy", recipes.get(r).name()));
          double score = 0;
          for (int t = 0; t < exp.tasks.size(); t++) {
            ClassificationMetrics m = run.evaluated().report().tasks().get(t).metrics();
            values[r][t][0][s] = m.macroF1();
            values[r][t][1][s] = m.balancedAccuracy();
            values[r][t][2][s] = m.minClassRecall();
            score += m.macroF1();
          }
          if (score > bestScore) {
            bestScore = score;
            best = run;
            bestName = recipes.get(r).name() + ", seed " + s;
          }
          progress.progress(++done, recipes.size() * seeds);
        }
      }
    }
    Files.createDirectories(out);
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    ArrayNode arr = root.putArray("strategies");
    for (int r = 0; r < recipes.size(); r++) {
      ObjectNode sn = arr.addObject().put("name", recipes.get(r).name())
          .put("description", recipes.get(r).description());
      ObjectNode tn = sn.putObject("tasks");
      for (int t = 0; t < exp.tasks.size(); t++) {
        ObjectNode task = tn.putObject(exp.tasks.get(t).name());
        for (int k = 0; k < METRICS.size(); k++) {
          MeanStd ms = MeanStd.of(values[r][t][k]);
          ObjectNode mn = task.putObject(METRICS.get(k)).put("mean", ms.mean()).put("std", ms.std());
          ArrayNode v = mn.putArray("values");
          for (double d : values[r][t][k]) {
            v.add(d);
          }
        }
      }
    }
    root.put("seeds", seeds).put("encoder", experiment.encoder);
    root.set("head", json.valueToTree(experiment.head.describe()));
    ArrayNode skipped = root.putArray("skipped");
    exp.trainExtraction.failures().forEach(f -> skipped.addObject()
        .put("path", f.request().describe()).put("error", f.error()));
    exp.testExtraction.failures().forEach(f -> skipped.addObject()
        .put("path", f.request().describe()).put("error", f.error()));
    Files.writeString(out.resolve("compare.json"),
        json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    String md = markdown(recipes, exp.tasks, values);
    Files.writeString(out.resolve("compare.md"), md);
    List<StrategyChart.Series> series = new ArrayList<>();
    for (int t = 0; t < exp.tasks.size(); t++) {
      double[] mean = new double[recipes.size()];
      double[] std = new double[recipes.size()];
      for (int r = 0; r < recipes.size(); r++) {
        MeanStd ms = MeanStd.of(values[r][t][0]);
        mean[r] = ms.mean();
        std[r] = ms.std();
      }
      series.add(new StrategyChart.Series(exp.tasks.get(t).name(), mean, std));
    }
    StrategyChart.writePng(out.resolve("compare.png"), "macro-F1 by strategy (" + seeds
        + " seeds, mean ± std)", "macro-F1", recipes.stream().map(ImbalanceRecipe::name).toList(),
        series);
    if (best != null) {
      ModelEvaluator.write(out.resolve("best-run"), "Ballast compare: best run (" + bestName + ")",
          best.evaluated(), best.predictor());
    }
    SummaryPage.write(out, "Strategy comparison", md, "compare.png", "best-run",
        best == null ? null : best.evaluated().report());
    System.out.println(md);
    System.out.println("wrote compare.md, compare.json, compare.png and report.html in " + out);
    return 0;
  }

  private String markdown(List<ImbalanceRecipe> recipes, List<Task> taskList, double[][][][] v) {
    StringBuilder sb = new StringBuilder("| strategy |");
    for (Task t : taskList) {
      sb.append(' ').append(t.name()).append(" macro-F1 | ").append(t.name())
          .append(" balanced acc. | ").append(t.name()).append(" min class recall |");
    }
    sb.append("\n|---|");
    taskList.forEach(t -> sb.append("---|---|---|"));
    sb.append('\n');
    for (int r = 0; r < recipes.size(); r++) {
      sb.append("| ").append(recipes.get(r).name()).append(" |");
      for (int t = 0; t < taskList.size(); t++) {
        for (int k = 0; k < METRICS.size(); k++) {
          sb.append(' ').append(MeanStd.of(v[r][t][k]).format()).append(" |");
        }
      }
      sb.append('\n');
    }
    sb.append(String.format(Locale.ROOT, "%n%d seeds per strategy (mean ± sample std), encoder %s, %s.%n",
        seeds, experiment.encoder, experiment.head.summary()));
    return sb.toString();
  }
}
