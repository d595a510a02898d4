package dev.ballast.training.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LossesTest {
  static final long[] COUNTS = {100, 10, 1};

  @Test
  void registersTheDocumentedNames() {
    assertEquals(List.of("ce", "weighted-ce", "focal", "cb-focal", "ldam-drw", "logit-adjusted",
        "dice", "sa-dice", "label-smoothing"), Losses.singleNames());
    assertEquals(List.of("bce", "weighted-bce", "focal-bce", "asl"), Losses.multiNames());
  }

  @Test
  void buildsEachSingleLabelLossWithItsDefaults() {
    ClassCounts counts = new ClassCounts(COUNTS);
    assertEquals(CrossEntropy.unweighted(), Losses.single("ce", Map.of(), COUNTS));
    assertEquals(CrossEntropy.weighted(ClassWeights.inverseFrequency(counts)),
        Losses.single("weighted-ce", Map.of(), COUNTS));
    assertEquals(CrossEntropy.weighted(ClassWeights.effectiveNumber(counts, 0.99)),
        Losses.single("weighted-ce", Map.of("weighting", "effective-number", "beta", "0.99"),
            COUNTS));
    assertEquals(FocalLoss.of(2), Losses.single("focal", Map.of(), COUNTS));
    assertEquals(new FocalLoss(1, Optional.of(ClassWeights.inverseSqrt(counts))),
        Losses.single("focal", Map.of("gamma", "1", "weighting", "inverse-sqrt"), COUNTS));
    assertEquals(new ClassBalancedFocal(counts, 0.999, 2),
        Losses.single("cb-focal", Map.of(), COUNTS));
    assertEquals(new LdamLoss(counts, 0.5, 1, 0.9999, 30),
        Losses.single("ldam-drw", Map.of("drw-epoch", "30"), COUNTS));
    assertEquals(new LogitAdjustedLoss(counts, 1),
        Losses.single("logit-adjusted", Map.of(), COUNTS));
    assertEquals(new DiceLoss(1), Losses.single("dice", Map.of(), COUNTS));
    assertEquals(new SelfAdjustingDice(1, 1), Losses.single("sa-dice", Map.of(), COUNTS));
    assertEquals(new LabelSmoothing(0.1, CrossEntropy.unweighted()),
        Losses.single("label-smoothing", Map.of(), COUNTS));
  }

  @Test
  void labelSmoothingPassesOtherParametersToItsBase() {
    assertEquals(new LabelSmoothing(0.05, FocalLoss.of(0.5)), Losses.single("label-smoothing",
        Map.of("epsilon", "0.05", "base", "focal", "gamma", "0.5"), COUNTS));
    assertEquals("loss 'ce' (base of loss 'label-smoothing') has no parameter 'gamma'; it takes"
        + " none", assertThrows(IllegalArgumentException.class, () -> Losses.single(
            "label-smoothing", Map.of("gamma", "2"), COUNTS)).getMessage());
  }

  @Test
  void buildsEachMultiLabelLoss() {
    long[] positives = {5, 50};
    assertEquals(WeightedBce.unweighted(), Losses.multi("bce", Map.of(), positives, 100));
    assertEquals(WeightedBce.fromCounts(positives, 100, 0.5), Losses.multi("weighted-bce",
        Map.of("weighting", "inverse-sqrt"), positives, 100));
    assertEquals(new FocalBce(2, OptionalDouble.empty()),
        Losses.multi("focal-bce", Map.of(), positives, 100));
    assertEquals(new FocalBce(1, OptionalDouble.of(0.25)),
        Losses.multi("focal-bce", Map.of("gamma", "1", "alpha", "0.25"), positives, 100));
    assertEquals(new AsymmetricLoss(0, 4, 0.05), Losses.multi("asl", Map.of(), positives, 100));
  }

  @Test
  void errorsListWhatExists() {
    assertEquals("unknown single-label loss 'focall'; known: ce, weighted-ce, focal, cb-focal,"
        + " ldam-drw, logit-adjusted, dice, sa-dice, label-smoothing",
        assertThrows(IllegalArgumentException.class,
            () -> Losses.single("focall", Map.of(), COUNTS)).getMessage());
    assertEquals("unknown multi-label loss 'ce'; known: bce, weighted-bce, focal-bce, asl",
        assertThrows(IllegalArgumentException.class,
            () -> Losses.multi("ce", Map.of(), new long[] {1}, 2)).getMessage());
    assertEquals("loss 'focal' has no parameter 'gama'; it takes gamma, weighting, beta",
        assertThrows(IllegalArgumentException.class,
            () -> Losses.single("focal", Map.of("gama", "2"), COUNTS)).getMessage());
    assertEquals("loss 'asl': parameter 'clip' must be a finite number, got 'five percent'",
        assertThrows(IllegalArgumentException.class, () -> Losses.multi("asl",
            Map.of("clip", "five percent"), new long[] {1}, 2)).getMessage());
    assertEquals("loss 'weighted-ce': parameter 'weighting' must be one of inverse-frequency,"
        + " inverse-sqrt, effective-number, got 'none'", assertThrows(
            IllegalArgumentException.class, () -> Losses.single("weighted-ce",
                Map.of("weighting", "none"), COUNTS)).getMessage());
    assertEquals("loss 'weighted-ce': parameter 'beta' applies only with"
        + " weighting=effective-number, got weighting=inverse-frequency", assertThrows(
            IllegalArgumentException.class, () -> Losses.single("weighted-ce",
                Map.of("beta", "0.9"), COUNTS)).getMessage());
    assertEquals("loss 'ldam-drw' needs parameter 'drw-epoch': the 1-based epoch from which"
        + " class weights apply (the paper uses 80% of the epochs, e.g. 160 of 200)",
        assertThrows(IllegalArgumentException.class,
            () -> Losses.single("ldam-drw", Map.of(), COUNTS)).getMessage());
    assertEquals("FocalLoss: gamma must be finite and >= 0, got -2.0; 0 is cross-entropy,"
        + " 2 is the usual choice", assertThrows(IllegalArgumentException.class,
            () -> Losses.single("focal", Map.of("gamma", "-2"), COUNTS)).getMessage());
  }

  @Test
  void returnsTheInterfaceTypes() {
    assertInstanceOf(SingleLabelLoss.class, Losses.single("dice", Map.of(), COUNTS));
    assertInstanceOf(MultiLabelLoss.class, Losses.multi("asl", Map.of(), new long[] {1}, 2));
  }
}
