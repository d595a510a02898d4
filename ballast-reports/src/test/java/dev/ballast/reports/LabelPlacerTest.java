package dev.ballast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  private static final Rectangle2D PLOT = new Rectangle2D.Double(0, 0, 400, 300);

  @Test
  void coincidentPointsTakeAboveBelowRightLeftThenNothing() {
    double[] x = {200, 200, 200, 200, 200};
    double[] y = {150, 150, 150, 150, 150};
    List<Optional<LabelPlacer.Placement>> placed =
        LabelPlacer.place(List.of("aa", "bb", "cc", "dd", "ee"), x, y, FONT, PLOT);
    assertTrue(placed.get(0).orElseThrow().centreY() < 150, "above");
    assertTrue(placed.get(1).orElseThrow().centreY() > 150, "below");
    assertTrue(placed.get(2).orElseThrow().centreX() > 200, "right");
    assertTrue(placed.get(3).orElseThrow().centreX() < 200, "left");
    assertEquals(Optional.empty(), placed.get(4));
  }

  @Test
  void aNameStaysInsideThePlot() {
    LabelPlacer.Placement p = LabelPlacer.place(List.of("top"), new double[] {200},
        new double[] {2}, FONT, PLOT).get(0).orElseThrow();
    assertTrue(p.centreY() > 2, "a point at the top edge is named below it");
  }
}
