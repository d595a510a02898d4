package dev.ballast.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/** One bar per strategy and task: a metric's mean over seeds with ± std error bars. */
public final class StrategyChart {
  /** One task's bars, in strategy order. */
  public record Series(String task, double[] mean, double[] std) {}

  private StrategyChart() {}

  public static void writePng(Path file, String title, String yLabel, List<String> strategies,
      List<Series> series) throws IOException {
    Headless.ensure();
    CategoryChart chart = new CategoryChartBuilder().width(Math.max(900, 110 * strategies.size()))
        .height(560).title(title).xAxisTitle("strategy").yAxisTitle(yLabel).build();
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.getStyler().setXAxisLabelRotation(30);
    for (Series s : series) {
      chart.addSeries(s.task(), strategies, toList(s.mean()), toList(s.std()));
    }
    String name = file.toString();
    BitmapEncoder.saveBitmap(chart, name.endsWith(".png") ? name.substring(0, name.length() - 4)
        : name, BitmapEncoder.BitmapFormat.PNG);
  }

  private static List<Double> toList(double[] v) {
    return java.util.Arrays.stream(v).boxed().toList();
  }
}
