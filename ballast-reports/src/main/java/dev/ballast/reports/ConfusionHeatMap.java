package dev.ballast.reports;

import dev.ballast.evaluation.ConfusionMatrix;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * A single-label confusion matrix as an annotated heat map, true labels down the side and
 * predicted labels along the bottom: counts, or each row divided by its support (recall on the
 * diagonal).
 */
final class ConfusionHeatMap {
  private static final int TITLE_PX = 44;
  private static final int AXIS_TITLE_PX = 34;
  private static final int COLOUR_BAR_PX = 96;
  private static final double SIN45 = Math.sqrt(0.5);

  private ConfusionHeatMap() {}

  static byte[] png(String title, ConfusionMatrix cm, boolean rowNormalised) {
    List<String> labels = cm.vocabulary().labels().stream().map(Canvas::shortened).toList();
    int k = labels.size();
    int cell = Math.max(14, Math.min(72, 560 / k));
    Font labelFont = Canvas.font(Font.PLAIN, cell < 22 ? 10 : 13);
    int widest = labels.stream().mapToInt(l -> Canvas.textWidth(labelFont, l)).max().orElse(0);
    int left = Math.max(AXIS_TITLE_PX + widest + 10, (int) (widest * SIN45) + 10);
    int bottom = (int) (widest * SIN45) + 20 + AXIS_TITLE_PX;
    int titleWidth = Canvas.textWidth(Canvas.font(Font.BOLD, 16), title) + 40;
    int width = Math.max(left + k * cell + COLOUR_BAR_PX, titleWidth);
    Canvas canvas = new Canvas(width, TITLE_PX + k * cell + bottom);
    canvas.centred(title, Canvas.font(Font.BOLD, 16), Color.BLACK, width / 2.0, TITLE_PX / 2.0);
    HeatCells.paint(canvas, left, TITLE_PX, cell, cm.counts(), rowNormalised);
    for (int i = 0; i < k; i++) {
      double centre = TITLE_PX + i * cell + cell / 2.0;
      canvas.rightAligned(labels.get(i), labelFont, Color.BLACK, left - 6, centre);
      canvas.rotated(labels.get(i), labelFont, Color.BLACK, left + i * cell + cell / 2.0,
          TITLE_PX + k * cell + 8, -45, true);
    }
    Font axisFont = Canvas.font(Font.BOLD, 13);
    canvas.rotated("true label", axisFont, Color.DARK_GRAY, AXIS_TITLE_PX / 2.0,
        TITLE_PX + k * cell / 2.0, -90, false);
    canvas.centred("predicted label", axisFont, Color.DARK_GRAY, left + k * cell / 2.0,
        TITLE_PX + k * cell + bottom - AXIS_TITLE_PX / 2.0);
    long max = 0;
    for (long[] row : cm.counts()) {
      for (long c : row) {
        max = Math.max(max, c);
      }
    }
    int barHeight = Math.max(60, k * cell - 40);
    HeatCells.colourBar(canvas, left + k * cell + 30, TITLE_PX + 20, 16, barHeight,
        rowNormalised ? "1" : Long.toString(max), "0");
    return canvas.png();
  }
}
