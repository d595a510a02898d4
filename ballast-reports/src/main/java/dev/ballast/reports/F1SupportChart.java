package dev.ballast.reports;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Test F1 of each class against its number of training examples, log-scaled, with the macro-F1 as
 * a dashed line. Points are named where the name fits without overlap, rarest classes first. A
 * class without training examples has no place on a log axis, nor one with an undefined (NaN) F1;
 * both are left out and the caller says so.
 */
final class F1SupportChart {
  /** The figure and the classes whose point carries no name (it would overlap). */
  record Result(byte[] png, List<String> unnamed) {}

  private static final double Y_MAX = 1.08;
  private static final Font NAME_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private F1SupportChart() {}

  static boolean plotted(long trainingSupport, double f1) {
    return trainingSupport > 0 && !Double.isNaN(f1);
  }

  /** Needs at least one {@link #plotted} class. */
  static Result png(String title, List<String> labels, double[] f1, long[] trainingSupport,
      double macroF1) {
    List<Integer> shown = IntStream.range(0, labels.size())
        .filter(c -> plotted(trainingSupport[c], f1[c])).boxed()
        .sorted(Comparator.comparingLong(c -> trainingSupport[c])).toList();
    long min = trainingSupport[shown.get(0)];
    long max = trainingSupport[shown.get(shown.size() - 1)];
    double left = Math.pow(10, Math.floor(Math.log10(min)));
    double right = Math.max(left * 10, Math.pow(10, Math.ceil(Math.log10(max))));
    XYChart chart = Charts.xy(title, "training examples (log scale)", "test F1");
    style(chart.getStyler(), left, right);
    if (!Double.isNaN(macroF1)) { // first, so XChart does not take the F1 values as ticks
      XYSeries line = chart.addSeries(String.format(Locale.ROOT, "macro-F1 %.3f", macroF1),
          new double[] {left, right}, new double[] {macroF1, macroF1});
      line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(Color.GRAY);
      line.setLineStyle(Charts.DASHED);
    }
    XYSeries points = chart.addSeries("class",
        shown.stream().mapToDouble(c -> trainingSupport[c]).toArray(),
        shown.stream().mapToDouble(c -> f1[c]).toArray());
    points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    points.setMarker(SeriesMarkers.CIRCLE);
    points.setMarkerColor(new Color(8, 81, 156));
    List<String> unnamed = name(chart, shown, labels, f1, trainingSupport, left, right);
    return new Result(Charts.png(chart), unnamed);
  }

  /** Lays the chart out once to learn pixel positions, then adds the names that fit. */
  private static List<String> name(XYChart chart, List<Integer> shown, List<String> labels,
      double[] f1, long[] trainingSupport, double left, double right) {
    BitmapEncoder.getBufferedImage(chart);
    double[] x = shown.stream().mapToDouble(c -> chart.getScreenXFromChart(trainingSupport[c]))
        .toArray();
    double[] y = shown.stream().mapToDouble(c -> chart.getScreenYFromChart(f1[c])).toArray();
    double plotLeft = chart.getScreenXFromChart(left);
    double plotTop = chart.getScreenYFromChart(Y_MAX);
    Rectangle2D plot = new Rectangle2D.Double(plotLeft, plotTop,
        chart.getScreenXFromChart(right) - plotLeft, chart.getScreenYFromChart(0) - plotTop);
    List<String> names = shown.stream().map(c -> Canvas.shortened(labels.get(c))).toList();
    List<Optional<LabelPlacer.Placement>> placed = LabelPlacer.place(names, x, y, NAME_FONT, plot);
    List<String> unnamed = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      if (placed.get(i).isPresent()) {
        LabelPlacer.Placement p = placed.get(i).get();
        chart.addAnnotation(new AnnotationText(names.get(i), p.centreX(),
            chart.getHeight() - p.centreY(), true));
      } else {
        unnamed.add(labels.get(shown.get(i)));
      }
    }
    return unnamed;
  }

  private static void style(XYStyler styler, double left, double right) {
    styler.setXAxisLogarithmic(true);
    styler.setXAxisMin(left);
    styler.setXAxisMax(right);
    styler.setYAxisMin(0.0);
    styler.setYAxisMax(Y_MAX);
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setAnnotationTextFont(NAME_FONT);
    styler.setAnnotationTextFontColor(Color.DARK_GRAY);
  }
}
