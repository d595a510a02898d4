package dev.ballast.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Metric against label budget, one line per series, with ± std error bars. */
public final class LearningCurveChart {
  /** One line: y mean and std at each x. */
  public record Series(String name, double[] x, double[] mean, double[] std) {}

  private LearningCurveChart() {}

  public static void writePng(Path file, String title, String yLabel, List<Series> series)
      throws IOException {
    Headless.ensure();
    XYChart chart = new XYChartBuilder().width(900).height(560).title(title)
        .xAxisTitle("label budget (% of training labels, log scale)").yAxisTitle(yLabel).build();
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    for (Series s : series) {
      chart.addSeries(s.name(), s.x(), s.mean(), s.std()).setMarker(SeriesMarkers.CIRCLE);
    }
    String name = file.toString();
    BitmapEncoder.saveBitmap(chart, name.endsWith(".png") ? name.substring(0, name.length() - 4)
        : name, BitmapEncoder.BitmapFormat.PNG);
  }
}
