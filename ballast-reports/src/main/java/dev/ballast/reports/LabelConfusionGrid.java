package dev.ballast.reports;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * Multi-label confusion as small multiples: one annotated 2x2 heat map per label, rows the truth
 * (no, yes) and columns the decision (no, yes), as counts or row-normalised rates.
 */
final class LabelConfusionGrid {
  private static final int COLUMNS = 4;
  private static final int CELL_PX = 56;
  private static final int TITLE_PX = 60;
  private static final int ROW_HEADER_PX = 64;
  private static final int LABEL_PX = 24;
  private static final int COLUMN_HEADER_PX = 18;
  private static final int GAP_PX = 28;

  private LabelConfusionGrid() {}

  static byte[] png(String title, List<String> labels, boolean[][] truth, boolean[][] predicted,
      boolean rowNormalised) {
    int k = labels.size();
    int columns = Math.min(COLUMNS, k);
    int rows = (k + columns - 1) / columns;
    int blockWidth = ROW_HEADER_PX + 2 * CELL_PX + GAP_PX;
    int blockHeight = LABEL_PX + COLUMN_HEADER_PX + 2 * CELL_PX + GAP_PX;
    int titleWidth = Canvas.textWidth(Canvas.font(Font.BOLD, 16), title) + 40;
    int width = Math.max(columns * blockWidth + GAP_PX, titleWidth);
    Canvas canvas = new Canvas(width, TITLE_PX + rows * blockHeight);
    canvas.centred(title, Canvas.font(Font.BOLD, 16), Color.BLACK, width / 2.0, 22);
    canvas.centred("rows: true no / yes; columns: predicted no / yes", Canvas.font(Font.PLAIN, 12),
        Color.DARK_GRAY, width / 2.0, 44);
    Font labelFont = Canvas.font(Font.BOLD, 13);
    Font headerFont = Canvas.font(Font.PLAIN, 11);
    for (int c = 0; c < k; c++) {
      int x = GAP_PX / 2 + (c % columns) * blockWidth + ROW_HEADER_PX;
      int y = TITLE_PX + (c / columns) * blockHeight;
      canvas.centred(Canvas.shortened(labels.get(c)), labelFont, Color.BLACK, x + CELL_PX,
          y + LABEL_PX / 2.0);
      int cells = y + LABEL_PX + COLUMN_HEADER_PX;
      canvas.centred("pred no", headerFont, Color.DARK_GRAY, x + CELL_PX / 2.0, cells - 8);
      canvas.centred("pred yes", headerFont, Color.DARK_GRAY, x + 1.5 * CELL_PX, cells - 8);
      canvas.rightAligned("true no", headerFont, Color.DARK_GRAY, x - 6, cells + CELL_PX / 2.0);
      canvas.rightAligned("true yes", headerFont, Color.DARK_GRAY, x - 6,
          cells + 1.5 * CELL_PX);
      HeatCells.paint(canvas, x, cells, CELL_PX, counts(truth, predicted, c), rowNormalised);
    }
    return canvas.png();
  }

  /** {@code [truth][decision]} counts of label {@code c}, index 0 = no, 1 = yes. */
  static long[][] counts(boolean[][] truth, boolean[][] predicted, int c) {
    long[][] counts = new long[2][2];
    for (int i = 0; i < truth.length; i++) {
      counts[truth[i][c] ? 1 : 0][predicted[i][c] ? 1 : 0]++;
    }
    return counts;
  }
}
