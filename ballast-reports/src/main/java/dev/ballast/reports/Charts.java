package dev.ballast.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's XChart look (white, grid, legend outside) and PNG encoding. */
final class Charts {
  static final int WIDTH_PX = 760;
  static final int HEIGHT_PX = 540;
  static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
      BasicStroke.JOIN_MITER, 10f, new float[] {6f, 5f}, 0f);

  private Charts() {}

  static XYChart xy(String title, String xAxisTitle, String yAxisTitle) {
    return xy(title, xAxisTitle, yAxisTitle, WIDTH_PX, HEIGHT_PX);
  }

  static XYChart xy(String title, String xAxisTitle, String yAxisTitle, int widthPx,
      int heightPx) {
    Headless.ensure();
    XYChart chart = new XYChartBuilder().width(widthPx).height(heightPx).title(title)
        .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE)
        .setPlotBackgroundColor(Color.WHITE)
        .setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15))
        .setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11))
        .setLegendBorderColor(Color.LIGHT_GRAY);
    chart.getStyler().setPlotGridLinesColor(new Color(0xE0E0E0));
    return chart;
  }

  /** Both axes from 0 to 1, for rates and probabilities. */
  static void unitSquare(XYChart chart) {
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setXAxisMax(1.0);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    chart.getStyler().setXAxisDecimalPattern("0.0#");
    chart.getStyler().setYAxisDecimalPattern("0.0#");
  }

  /**
   * A grey dashed y = x line from (0, 0) to (1, 1). Add it first: XChart puts a tick at every
   * y value when the values, in the order series were added, are equally spaced (k / n for a class
   * with n examples), and a leading 0, 1 breaks that spacing.
   */
  static void diagonal(XYChart chart, String name) {
    XYSeries s = chart.addSeries(name, new double[] {0, 1}, new double[] {0, 1});
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(Color.GRAY);
    s.setLineStyle(DASHED);
  }

  static byte[] png(XYChart chart) {
    return Canvas.encode(BitmapEncoder.getBufferedImage(chart));
  }
}
