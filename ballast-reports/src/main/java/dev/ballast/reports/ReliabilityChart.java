package dev.ballast.reports;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Reliability diagram: per equal-width confidence bin, a bar up to the bin's accuracy with its
 * count above it and a point at the bin's mean confidence, and the diagonal of perfect
 * calibration.
 */
final class ReliabilityChart {
  private static final Color BAR = new Color(107, 174, 214, 170);

  private ReliabilityChart() {}

  static byte[] png(String title, String confidenceTitle, String frequencyTitle,
      ReliabilityBins bins) {
    XYChart chart = Charts.xy(title, confidenceTitle, frequencyTitle);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW)
        .setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10))
        .setAnnotationTextFontColor(Color.DARK_GRAY);
    Charts.unitSquare(chart);
    Charts.diagonal(chart, "perfect calibration");
    List<Double> barX = new ArrayList<>();
    List<Double> barY = new ArrayList<>();
    List<Double> pointX = new ArrayList<>();
    List<Double> pointY = new ArrayList<>();
    for (int b = 0; b < ReliabilityBins.BINS; b++) {
      double height = bins.count()[b] == 0 ? 0 : bins.accuracy()[b];
      barX.add(ReliabilityBins.lowerEdge(b));
      barY.add(height);
      barX.add(ReliabilityBins.lowerEdge(b + 1));
      barY.add(height);
      if (bins.count()[b] > 0) {
        pointX.add(bins.meanConfidence()[b]);
        pointY.add(bins.accuracy()[b]);
        chart.addAnnotation(new AnnotationText("n=" + bins.count()[b],
            (ReliabilityBins.lowerEdge(b) + ReliabilityBins.lowerEdge(b + 1)) / 2,
            Math.min(0.95, height + 0.055), false));
      }
    }
    XYSeries bars = chart.addSeries("observed, per bin", barX, barY);
    bars.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
    bars.setMarker(SeriesMarkers.NONE);
    bars.setFillColor(BAR);
    bars.setLineColor(new Color(49, 130, 189));
    if (!pointX.isEmpty()) {
      XYSeries points = chart.addSeries("bin's mean confidence", pointX, pointY);
      points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      points.setMarker(SeriesMarkers.CIRCLE);
      points.setMarkerColor(new Color(8, 48, 107));
    }
    return Charts.png(chart);
  }
}
