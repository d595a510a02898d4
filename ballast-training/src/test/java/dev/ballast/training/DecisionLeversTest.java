package dev.ballast.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.heads.MultiTaskNetwork;
import dev.ballast.serving.TaskModel;
import dev.ballast.training.decision.ClassifierRetrainer;
import dev.ballast.training.decision.TaskDecision;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decision levers on the trainer's skewed Gaussian blobs (30:6:1). */
class DecisionLeversTest {

  private static TrainingConfig config(ImbalanceRecipe recipe) {
    return new TrainingConfig(recipe, 7, 40, 10, 32, 3e-3, 1e-4, List.of(32), 0.1, Map.of(), 0.2,
        false);
  }

  @Test
  void crtRaisesMinorityRecallOverThePlainHead() {
    TrainingSet train = MultiTaskTrainerTest.blobs(new int[] {600, 120, 20}, 1);
    TrainingSet dev = MultiTaskTrainerTest.blobs(new int[] {100, 100, 100}, 2);
    TrainingSet test = MultiTaskTrainerTest.blobs(new int[] {300, 300, 300}, 3);
    MultiTaskNetwork plain = new MultiTaskTrainer(config(ImbalanceRecipe.PLAIN), s -> { })
        .train(train, dev, false).network();
    MultiTaskNetwork crt = new ClassifierRetrainer(30, 32, 1e-4, 7).apply(plain, train);
    List<TaskModel> none = DecisionStage.taskModels(train, 0);
    double plainRare = MultiTaskTrainerTest.recall(plain, none, test, 2);
    double crtRare = MultiTaskTrainerTest.recall(crt, none, test, 2);
    assertTrue(crtRare > plainRare + 0.1, "cRT " + crtRare + " vs plain " + plainRare);
    // Only the softmax heads change; the trunk and the multi-label head are kept.
    assertTrue(plain.trunk().get(0) == crt.trunk().get(0));
    assertTrue(plain.heads().get(2) == crt.heads().get(2));
    MultiTaskNetwork again = new ClassifierRetrainer(30, 32, 1e-4, 7).apply(plain, train);
    assertArrayEquals(crt.heads().get(0).layer().weight()[2],
        again.heads().get(0).layer().weight()[2], 0);
  }

  @Test
  void recipesWithoutTuningLeaveTheDecisionStageUntouched() {
    TrainingSet train = MultiTaskTrainerTest.blobs(new int[] {100, 40, 10}, 4);
    TrainingSet dev = MultiTaskTrainerTest.blobs(new int[] {30, 30, 30}, 5);
    TrainingResult r = new MultiTaskTrainer(config(ImbalanceRecipe.BALANCED), s -> { })
        .train(train, dev, false);
    for (int t = 0; t < 3; t++) {
      TaskDecision d = r.decisions().get(t);
      assertArrayEquals(new float[train.tasks().get(t).vocabulary().size()], d.bias(), 0);
    }
    assertArrayEquals(new float[] {0.5f, 0.5f}, r.decisions().get(2).thresholds(), 0);
    List<TaskModel> models = DecisionStage.taskModels(train, 0.5, r.temperatures(), r.decisions());
    List<TaskModel> old = DecisionStage.taskModels(train, 0.5, r.temperatures());
    for (int t = 0; t < 3; t++) {
      assertArrayEquals(old.get(t).logitAdjustment(), models.get(t).logitAdjustment(), 0);
      assertArrayEquals(old.get(t).thresholds(), models.get(t).thresholds(), 0);
    }
  }

  @Test
  void tunedRecipeStoresThresholdsAndBiasesAndIsDeterministic() {
    TrainingSet train = MultiTaskTrainerTest.blobs(new int[] {300, 60, 10}, 6);
    TrainingSet dev = MultiTaskTrainerTest.blobs(new int[] {60, 60, 60}, 7);
    TrainingConfig c = config(ImbalanceRecipe.BALANCED_TUNED);
    TrainingResult a = new MultiTaskTrainer(c, s -> { }).train(train, dev, true);
    TrainingResult b = new MultiTaskTrainer(c, s -> { }).train(train, dev, true);
    float[] th = a.decisions().get(2).thresholds();
    assertEquals(2, th.length);
    assertTrue(th[0] != 0.5f || th[1] != 0.5f, java.util.Arrays.toString(th));
    for (int t = 0; t < 3; t++) {
      assertArrayEquals(a.decisions().get(t).bias(), b.decisions().get(t).bias(), 0);
      assertArrayEquals(a.decisions().get(t).thresholds(), b.decisions().get(t).thresholds(), 0);
    }
    List<TaskModel> models = DecisionStage.taskModels(train.concat(dev), 0.5, a.temperatures(),
        a.decisions());
    assertArrayEquals(th, models.get(2).thresholds(), 0);
  }

  @Test
  void biasIsStoredWithTheServingSign() {
    TaskModel m = DecisionStage.taskModels(MultiTaskTrainerTest.blobs(new int[] {5, 5, 5}, 1), 0)
        .get(0);
    TaskModel tuned = DecisionStage.withDecisions(List.of(m, m, m), List.of(
        new TaskDecision(new float[] {0, 0, 2}, new float[0]),
        new TaskDecision(new float[3], new float[0]),
        new TaskDecision(new float[3], new float[0]))).get(0);
    // A +2 bias on "rare" turns logits {1, 0, -0.5} into {1, 0, 1.5}: rare wins.
    assertEquals(2, ((dev.ballast.serving.TaskOutput.Single) tuned.decide(
        new float[] {1, 0, -0.5f})).index());
  }
}
