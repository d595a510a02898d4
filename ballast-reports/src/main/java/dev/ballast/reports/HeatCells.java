package dev.ballast.reports;

import java.awt.Color;
import java.awt.Font;
import java.util.Locale;

/**
 * Paints a matrix of counts as shaded, annotated square cells. Counts are shaded by
 * {@code count / max}; row-normalised values by {@code count / rowSum}, and a row without
 * examples is grey with a dash (its rates are undefined).
 */
final class HeatCells {
  /** Cells smaller than this carry no number, which would not fit. */
  static final int MIN_ANNOTATED_CELL_PX = 26;
  private static final Color EMPTY_ROW = new Color(0xE6E6E6);
  private static final Color GRID = new Color(0xBBBBBB);
  private static final int[][] STOPS = {{247, 251, 255}, {107, 174, 214}, {8, 48, 107}};

  private HeatCells() {}

  /** Sequential white-to-dark-blue colour for {@code t} in [0, 1]. */
  static Color shade(double t) {
    double x = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
    int i = Math.min(STOPS.length - 2, (int) x);
    double f = x - i;
    int[] rgb = new int[3];
    for (int ch = 0; ch < 3; ch++) {
      rgb[ch] = (int) Math.round(STOPS[i][ch] + f * (STOPS[i + 1][ch] - STOPS[i][ch]));
    }
    return new Color(rgb[0], rgb[1], rgb[2]);
  }

  /** Text colour readable on {@link #shade}{@code (t)}. */
  static Color ink(double t) {
    return t > 0.55 ? Color.WHITE : Color.BLACK;
  }

  /** {@code counts[row][column]}; the top-left corner of cell (0, 0) is at (x0, y0). */
  static void paint(Canvas canvas, int x0, int y0, int cellPx, long[][] counts,
      boolean rowNormalised) {
    long max = 1;
    for (long[] row : counts) {
      for (long c : row) {
        max = Math.max(max, c);
      }
    }
    Font font = Canvas.font(Font.PLAIN, Math.max(9, Math.min(15, cellPx / 4)));
    for (int r = 0; r < counts.length; r++) {
      long rowSum = 0;
      for (long c : counts[r]) {
        rowSum += c;
      }
      for (int c = 0; c < counts[r].length; c++) {
        int x = x0 + c * cellPx;
        int y = y0 + r * cellPx;
        boolean undefined = rowNormalised && rowSum == 0;
        double t = undefined ? 0 : rowNormalised ? (double) counts[r][c] / rowSum
            : (double) counts[r][c] / max;
        canvas.g.setColor(undefined ? EMPTY_ROW : shade(t));
        canvas.g.fillRect(x, y, cellPx, cellPx);
        canvas.g.setColor(GRID);
        canvas.g.drawRect(x, y, cellPx, cellPx);
        if (cellPx >= MIN_ANNOTATED_CELL_PX) {
          String text = undefined ? "\u2013" : rowNormalised
              ? String.format(Locale.ROOT, "%.2f", t) : Long.toString(counts[r][c]);
          canvas.centred(text, font, ink(t), x + cellPx / 2.0, y + cellPx / 2.0);
        }
      }
    }
  }

  /** A vertical colour bar from 0 (bottom) to 1 (top) with its end labels. */
  static void colourBar(Canvas canvas, int x, int y, int widthPx, int heightPx, String top,
      String bottom) {
    for (int i = 0; i < heightPx; i++) {
      canvas.g.setColor(shade(1 - (double) i / (heightPx - 1)));
      canvas.g.fillRect(x, y + i, widthPx, 1);
    }
    canvas.g.setColor(GRID);
    canvas.g.drawRect(x, y, widthPx, heightPx);
    Font font = Canvas.font(Font.PLAIN, 12);
    canvas.centred(top, font, Color.DARK_GRAY, x + widthPx / 2.0, y - 10);
    canvas.centred(bottom, font, Color.DARK_GRAY, x + widthPx / 2.0, y + heightPx + 12);
  }
}
