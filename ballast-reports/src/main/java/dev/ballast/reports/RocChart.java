package dev.ballast.reports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** One-vs-rest ROC curves, one line per class with its AUC in the legend, and the chance line. */
final class RocChart {
  private static final int LEGEND_ROW_PX = 20;

  private RocChart() {}

  /** {@code curves.get(c)} is empty for a class whose curve is undefined; it is left out. */
  static byte[] png(String title, List<String> labels, List<Optional<RocCurve>> curves) {
    // the legend, one row per class, sets the height once there are many classes
    int height = Math.max(Charts.HEIGHT_PX, LEGEND_ROW_PX * (labels.size() + 1) + 110);
    XYChart chart = Charts.xy(title, "false positive rate", "true positive rate",
        Charts.WIDTH_PX + 100, height);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    Charts.unitSquare(chart);
    Charts.diagonal(chart, "chance");
    for (int c = 0; c < labels.size(); c++) {
      if (curves.get(c).isEmpty()) {
        continue;
      }
      RocCurve roc = curves.get(c).get();
      // shortened names may repeat, so the series is keyed by index and shown by name
      XYSeries s = chart.addSeries("class " + c, roc.falsePositiveRate(),
          roc.truePositiveRate());
      s.setLabel(String.format(Locale.ROOT, "%s (AUC %.3f)", Canvas.shortened(labels.get(c)),
          roc.auc()));
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      s.setMarker(SeriesMarkers.NONE);
      s.setLineWidth(2f);
    }
    return Charts.png(chart);
  }
}
