package dev.ballast.reports;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A white RGB image with text helpers for the figures drawn directly with Java2D. */
final class Canvas {
  /** Longest label drawn in a figure; the page's tables show the full label. */
  static final int MAX_LABEL_CHARS = 24;

  final BufferedImage image;
  final Graphics2D g;

  Canvas(int widthPx, int heightPx) {
    Headless.ensure();
    image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, widthPx, heightPx);
  }

  static Font font(int style, int sizePt) {
    return new Font(Font.SANS_SERIF, style, sizePt);
  }

  /** Width in pixels of {@code text} in {@code font}, measurable before a canvas exists. */
  static int textWidth(Font font, String text) {
    Headless.ensure();
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scratch.createGraphics();
    try {
      return g.getFontMetrics(font).stringWidth(text);
    } finally {
      g.dispose();
    }
  }

  static String shortened(String label) {
    return label.length() <= MAX_LABEL_CHARS ? label
        : label.substring(0, MAX_LABEL_CHARS - 1) + "\u2026";
  }

  /** Draws {@code text} centred on (cx, cy). */
  void centred(String text, Font font, Color color, double cx, double cy) {
    g.setFont(font);
    g.setColor(color);
    FontMetrics fm = g.getFontMetrics();
    g.drawString(text, (float) (cx - fm.stringWidth(text) / 2.0),
        (float) (cy + (fm.getAscent() - fm.getDescent()) / 2.0));
  }

  /** Draws {@code text} right-aligned at x, vertically centred on cy. */
  void rightAligned(String text, Font font, Color color, double x, double cy) {
    g.setFont(font);
    g.setColor(color);
    FontMetrics fm = g.getFontMetrics();
    g.drawString(text, (float) (x - fm.stringWidth(text)),
        (float) (cy + (fm.getAscent() - fm.getDescent()) / 2.0));
  }

  /**
   * Draws {@code text} rotated by {@code degrees} (negative is counter-clockwise) around (x, y),
   * ending at that point when {@code endAtPoint}, else centred on it.
   */
  void rotated(String text, Font font, Color color, double x, double y, double degrees,
      boolean endAtPoint) {
    AffineTransform saved = g.getTransform();
    g.rotate(Math.toRadians(degrees), x, y);
    if (endAtPoint) {
      rightAligned(text, font, color, x, y);
    } else {
      centred(text, font, color, x, y);
    }
    g.setTransform(saved);
  }

  byte[] png() {
    g.dispose();
    return encode(image);
  }

  static byte[] encode(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory does not fail
    }
    return out.toByteArray();
  }
}
