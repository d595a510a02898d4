package dev.ballast.training.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TdnnConfigTest {
  @Test
  void speedsMustIncludeTheOriginal() {
    TdnnConfig d = TdnnConfig.defaults();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TdnnConfig(d.melBins(), d.channels(), d.taps(), d.dilations(),
            d.attentionHidden(), d.embeddingUnits(), List.of(0.9, 1.1), true, 300));
    assertTrue(e.getMessage().contains("must include 1.0"), e.getMessage());
  }

  @Test
  void layersParseFromChannelsTapsDilation() {
    TdnnConfig c = TdnnConfig.withLayers(TdnnConfig.defaults(), List.of("64:5:1", "32:3:2"));
    assertEquals(List.of(64, 32), c.channels());
    assertEquals(List.of(5, 3), c.taps());
    assertEquals(List.of(1, 2), c.dilations());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TdnnConfig.withLayers(TdnnConfig.defaults(), List.of("64:5")));
    assertTrue(e.getMessage().contains("channels:taps:dilation"), e.getMessage());
  }
}
