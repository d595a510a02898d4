package dev.ballast.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ballast.data.Example;
import dev.ballast.data.LabelBudget;
import dev.ballast.data.Task;
import dev.ballast.data.Tasks;
import dev.ballast.encoders.Encoders;
import dev.ballast.encoders.Extraction;
import dev.ballast.evaluation.ClassificationMetrics;
import dev.ballast.evaluation.EvaluationReport;
import dev.ballast.evaluation.MeanStd;
import dev.ballast.reports.SummaryPage;
import dev.ballast.reports.LearningCurveChart;
import dev.ballast.training.ImbalanceRecipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "protocol", description = "Label budgets x seeds: train on stratified subsamples "
    + "of the training labels (every class keeps at least one example), test set fixed; writes "
    + "protocol.json, protocol.md (mean ± std), learning-curve.png and report.html. Embeddings are "
    + "extracted once.")
final class ProtocolCommand implements Callable<Integer> {
  static final List<String> METRICS = List.of("macro_f1", "balanced_accuracy", "min_class_recall",
      "accuracy");

  @Option(names = "--budgets", defaultValue = "1,5,10,25,50,100", split = ",", description = "Percentages of the training labels (default: ${DEFAULT-VALUE}).") List<Double> budgets;
  @Option(names = "--seeds", defaultValue = "5", description = "Runs per budget, seeds 0..N-1 (default: ${DEFAULT-VALUE}).") int seeds;
  @Option(names = "--strategies", defaultValue = "balanced", split = ",", description = "Recipes to run (default: ${DEFAULT-VALUE}).") List<String> strategies;
  @Option(names = "--out", required = true, paramLabel = "DIR") Path out;
  @Mixin ExperimentOptions experiment;

  @Override
  public Integer call() throws Exception {
    if (seeds < 1) {
      throw new IllegalArgumentException("--seeds must be at least 1, got " + seeds);
    }
    List<ImbalanceRecipe> recipes = strategies.stream().map(ImbalanceRecipe::byName).toList();
    Experiment exp = experiment.load();
    List<Task> taskList = exp.tasks;
    List<Example> kept = exp.trainExamples;
    Extraction testX = exp.testExtraction;
    Extraction trainX = exp.trainExtraction;
    // the widest single-label task, or the first task when all are multi-label
    int strat = Math.max(0, Tasks.widestSingleLabel(taskList));
    // runs[budget][recipe][seed] -> per task metrics
    Map<String, double[][][][]> byTask = new LinkedHashMap<>();
    for (Task t : taskList) {
      byTask.put(t.name(), new double[budgets.size()][recipes.size()][seeds][METRICS.size()]);
    }
    int[][] sizes = new int[budgets.size()][seeds];
    EvaluationReport last = null;
    for (int b = 0; b < budgets.size(); b++) {
      for (int s = 0; s < seeds; s++) {
        int[] idx = LabelBudget.subsample(kept, taskList, strat, budgets.get(b), s);
        sizes[b][s] = idx.length;
        for (int r = 0; r < recipes.size(); r++) {
          Experiment.Run run = exp.run(recipes.get(r), s, idx,
              Map.of("protocol_budget_percent", budgets.get(b)));
          EvaluationReport report = run.evaluated().report();
          if (b == budgets.size() - 1 && s == seeds - 1 && r == recipes.size() - 1) {
            ModelEvaluator.write(out.resolve("last-run"), "Ballast protocol: budget "
                + budgets.get(b) + " %, " + recipes.get(r).name() + ", seed " + s,
                run.evaluated(), run.predictor());
          }
          last = report;
          for (int t = 0; t < taskList.size(); t++) {
            ClassificationMetrics m = report.tasks().get(t).metrics();
            double[] v = {m.macroF1(), m.balancedAccuracy(), m.minClassRecall(), m.accuracy()};
            byTask.get(taskList.get(t).name())[b][r][s] = v;
          }
          System.out.printf(Locale.ROOT, "budget %5.1f%%  %-16s seed %d  %4d examples  %s%n",
              budgets.get(b), recipes.get(r).name(), s, idx.length, summary(report));
        }
      }
    }
    Files.createDirectories(out);
    ObjectNode json = json(recipes, byTask, sizes, testX);
    Files.writeString(out.resolve("protocol.json"),
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
    String md = markdown(recipes, byTask, sizes);
    Files.writeString(out.resolve("protocol.md"), md);
    List<LearningCurveChart.Series> series = new ArrayList<>();
    double[] x = budgets.stream().mapToDouble(Double::doubleValue).toArray();
    byTask.forEach((task, runs) -> {
      for (int r = 0; r < recipes.size(); r++) {
        double[] mean = new double[x.length];
        double[] std = new double[x.length];
        for (int b = 0; b < x.length; b++) {
          MeanStd v = MeanStd.of(column(runs[b][r], 0));
          mean[b] = v.mean();
          std[b] = v.std();
        }
        series.add(new LearningCurveChart.Series(task + " / " + recipes.get(r).name(), x, mean, std));
      }
    });
    LearningCurveChart.writePng(out.resolve("learning-curve.png"), "macro-F1 against label budget ("
        + seeds + " seeds, mean ± std)", "macro-F1", series);
    SummaryPage.write(out, "Label-budget protocol", md, "learning-curve.png", "last-run", last);
    System.out.println(md);
    System.out.println("wrote protocol.json, protocol.md, learning-curve.png and report.html in " + out);
    if (!testX.failures().isEmpty() || !trainX.failures().isEmpty()) {
      System.out.println("skipped rows: " + trainX.failures().size() + " train, "
          + testX.failures().size() + " test (listed in protocol.json)");
    }
    return 0;
  }



  private String summary(EvaluationReport report) {
    StringBuilder sb = new StringBuilder();
    report.tasks().forEach(t -> sb.append(String.format(Locale.ROOT, "%s macro-F1 %.3f  ",
        t.metrics().taskName(), t.metrics().macroF1())));
    return sb.toString().strip();
  }

  private ObjectNode json(List<ImbalanceRecipe> recipes, Map<String, double[][][][]> byTask,
      int[][] sizes, Extraction testX) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    ArrayNode arr = root.putArray("budgets");
    for (int b = 0; b < budgets.size(); b++) {
      for (int r = 0; r < recipes.size(); r++) {
        ObjectNode e = arr.addObject();
        e.put("percent", budgets.get(b));
        e.put("strategy", recipes.get(r).name());
        e.put("train_examples_mean",
            MeanStd.of(java.util.Arrays.stream(sizes[b]).asDoubleStream().toArray()).mean());
        ObjectNode tasksNode = e.putObject("tasks");
        int bb = b;
        int rr = r;
        byTask.forEach((task, runs) -> {
          ObjectNode tn = tasksNode.putObject(task);
          for (int k = 0; k < METRICS.size(); k++) {
            double[] v = column(runs[bb][rr], k);
            MeanStd ms = MeanStd.of(v);
            ObjectNode mn = tn.putObject(METRICS.get(k));
            mn.put("mean", ms.mean());
            mn.put("std", ms.std());
            ArrayNode vals = mn.putArray("values");
            for (double d : v) {
              vals.add(d);
            }
          }
        });
      }
    }
    root.put("seeds", seeds);
    root.put("encoder", experiment.encoder);
    root.set("head", m.valueToTree(experiment.head.describe()));
    ArrayNode skipped = root.putArray("skipped");
    testX.failures().forEach(f -> skipped.addObject().put("path", f.request().describe())
        .put("error", f.error()));
    return root;
  }

  private String markdown(List<ImbalanceRecipe> recipes, Map<String, double[][][][]> byTask,
      int[][] sizes) {
    StringBuilder sb = new StringBuilder("| budget % | train examples | strategy |");
    byTask.keySet().forEach(t -> sb.append(' ').append(t).append(" macro-F1 | ").append(t)
        .append(" min class recall |"));
    sb.append("\n|---|---|---|");
    byTask.keySet().forEach(t -> sb.append("---|---|"));
    sb.append('\n');
    for (int b = 0; b < budgets.size(); b++) {
      for (int r = 0; r < recipes.size(); r++) {
        sb.append(String.format(Locale.ROOT, "| %s | %.0f | %s |", fmt(budgets.get(b)),
            MeanStd.of(java.util.Arrays.stream(sizes[b]).asDoubleStream().toArray()).mean(),
            recipes.get(r).name()));
        for (double[][][][] runs : byTask.values()) {
          sb.append(' ').append(MeanStd.of(column(runs[b][r], 0)).format()).append(" | ")
              .append(MeanStd.of(column(runs[b][r], 2)).format()).append(" |");
        }
        sb.append('\n');
      }
    }
    sb.append(String.format(Locale.ROOT, "%n%d seeds per budget (mean ± sample std), encoder %s, %s.%n",
        seeds, experiment.encoder, experiment.head.summary()));
    return sb.toString();
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private static double[] column(double[][] runs, int k) {
    double[] v = new double[runs.length];
    for (int i = 0; i < runs.length; i++) {
      v[i] = runs[i][k];
    }
    return v;
  }
}
