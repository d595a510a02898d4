package dev.ballast.training.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.training.ImbalanceRecipe;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AugmentTest {

  @Test
  void chainIsStoredCanonicalAndDescribed() {
    Augment a = new Augment("gain=6,noise=15:30", 4, Augment.Copies.TO_BALANCE, 0);
    assertEquals("gain=-6.0:6.0,noise=15.0:30.0", a.waveformChain());
    assertEquals("copies to balance classes (at most 4 per row) with gain=-6.0:6.0,noise=15.0:30.0",
        a.describe());
    assertEquals("2 segment joins per multi-label positive",
        new Augment("", 0, Augment.Copies.EVERY_ROW, 2).describe());
    assertFalse(Augment.NONE.enabled());
    assertEquals("none", Augment.NONE.describe());
  }

  @Test
  void chainWithoutCopiesOrCopiesWithoutChainIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Augment("gain=6", 0, Augment.Copies.EVERY_ROW, 0));
    assertEquals("waveform copies need both a chain and maxCopies >= 1, got chain 'gain=6' and "
        + "maxCopies=0; give both (e.g. \"gain=6,noise=15:30\" and 2) or neither", e.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> new Augment("", 0, Augment.Copies.EVERY_ROW, -1));
    assertEquals("augmentation counts must be >= 0, got maxCopies=0 joinsPerPositive=-1; use 0 to "
        + "turn a part off", negative.getMessage());
    IllegalArgumentException badChain = assertThrows(IllegalArgumentException.class,
        () -> new Augment("gain=loud", 1, Augment.Copies.EVERY_ROW, 0));
    assertEquals("augmentation gain: cannot read 'loud' as a number or MIN:MAX range; write e.g. "
        + "gain=6 or gain=-3:6", badChain.getMessage());
  }

  @Test
  void augmentationRecipesAreRegisteredAndOthersDoNotAugment() {
    List<ImbalanceRecipe> all = ImbalanceRecipe.all();
    assertEquals(all.size(), new HashSet<>(all.stream().map(ImbalanceRecipe::name).toList()).size());
    for (String name : List.of("augmented", "augmented-all", "augmented-across",
        "concat-positives")) {
      assertTrue(ImbalanceRecipe.byName(name).augment().enabled(), name);
    }
    assertFalse(ImbalanceRecipe.BALANCED.augment().enabled());
    assertFalse(ImbalanceRecipe.MIXUP_WITHIN.augment().enabled());
  }
}
