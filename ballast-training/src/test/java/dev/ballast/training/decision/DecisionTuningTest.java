package dev.ballast.training.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.training.ImbalanceRecipe;
import org.junit.jupiter.api.Test;

class DecisionTuningTest {

  @Test
  void existingRecipesTuneNothing() {
    for (String name : new String[] {"plain", "balanced", "logit-adjusted", "smote", "focal"}) {
      assertEquals(DecisionTuning.OFF, ImbalanceRecipe.byName(name).decision(), name);
    }
    assertFalse(DecisionTuning.OFF.changesNetwork());
  }

  @Test
  void newRecipesAreRegisteredWithTheirLevers() {
    assertTrue(ImbalanceRecipe.byName("balanced-tuned").decision().tuneBias());
    assertTrue(ImbalanceRecipe.byName("la-tuned").decision().tuneThresholds());
    assertEquals(30, ImbalanceRecipe.byName("crt").decision().crtEpochs());
    assertEquals(1.0, ImbalanceRecipe.byName("tau-norm").decision().tauNorm());
    assertTrue(ImbalanceRecipe.byName("crt-tuned").decision().changesNetwork());
  }

  @Test
  void invalidValuesAreRejectedWithConstraintAndValue() {
    IllegalArgumentException tau = assertThrows(IllegalArgumentException.class,
        () -> new DecisionTuning(false, false, -0.5, 0));
    assertEquals("tauNorm must be in [0, 2.0] (0 = off), got -0.5", tau.getMessage());
    IllegalArgumentException crt = assertThrows(IllegalArgumentException.class,
        () -> new DecisionTuning(false, false, 0, -3));
    assertEquals("crtEpochs must be >= 0 (0 = off), got -3", crt.getMessage());
  }
}
