package dev.ballast.reports;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Greedy placement of point names in screen pixels: each name, in the order given, goes above,
 * below, right or left of its point, whichever first stays inside the plot and clear of every
 * point and every name already placed; a name that fits nowhere is left out.
 */
final class LabelPlacer {
  /** Where a name's box is centred, top-down pixels. */
  record Placement(double centreX, double centreY) {}

  private static final double MARKER_RADIUS_PX = 6;
  private static final double GAP_PX = 3;

  private LabelPlacer() {}

  /** {@code x[i], y[i]} is point i's centre; the result has one entry per point. */
  static List<Optional<Placement>> place(List<String> names, double[] x, double[] y, Font font,
      Rectangle2D plot) {
    List<Rectangle2D> taken = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      taken.add(new Rectangle2D.Double(x[i] - MARKER_RADIUS_PX, y[i] - MARKER_RADIUS_PX,
          2 * MARKER_RADIUS_PX, 2 * MARKER_RADIUS_PX));
    }
    double h = font.getSize2D() + 2;
    List<Optional<Placement>> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      double w = Canvas.textWidth(font, names.get(i)) + 2;
      double dy = MARKER_RADIUS_PX + GAP_PX + h / 2;
      double dx = MARKER_RADIUS_PX + GAP_PX + w / 2;
      double[][] candidates = {{x[i], y[i] - dy}, {x[i], y[i] + dy}, {x[i] + dx, y[i]},
          {x[i] - dx, y[i]}};
      Optional<Placement> chosen = Optional.empty();
      for (double[] c : candidates) {
        Rectangle2D box = new Rectangle2D.Double(c[0] - w / 2, c[1] - h / 2, w, h);
        if (plot.contains(box) && taken.stream().noneMatch(box::intersects)) {
          taken.add(box);
          chosen = Optional.of(new Placement(c[0], c[1]));
          break;
        }
      }
      out.add(chosen);
    }
    return out;
  }
}
