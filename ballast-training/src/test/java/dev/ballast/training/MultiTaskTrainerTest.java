package dev.ballast.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import dev.ballast.heads.MultiTaskNetwork;
import dev.ballast.serving.TaskModel;
import dev.ballast.serving.TaskOutput;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Small problems whose outcome is known: overlapping Gaussian classes with a 30:1 skew, where
 * plain cross-entropy favours the majority and the balanced recipe recovers the minority.
 */
class MultiTaskTrainerTest {
  static final List<Task> TASKS = List.of(
      new Task("main", TaskKind.SINGLE_LABEL, new LabelVocabulary(List.of("big", "mid", "rare"))),
      new Task("side", TaskKind.SINGLE_LABEL, new LabelVocabulary(List.of("x", "y"))),
      new Task("tags", TaskKind.MULTI_LABEL, new LabelVocabulary(List.of("t1", "t2"))));

  static TrainingSet blobs(int[] perClass, long seed) {
    Random r = new Random(seed);
    int n = java.util.Arrays.stream(perClass).sum();
    float[][] x = new float[n][8];
    Target[][] t = new Target[n][];
    int i = 0;
    for (int c = 0; c < perClass.length; c++) {
      for (int k = 0; k < perClass[c]; k++, i++) {
        for (int d = 0; d < 8; d++) {
          x[i][d] = (float) (r.nextGaussian() + (d == c ? 1.6 : 0));
        }
        boolean side = x[i][5] > 0;
        // "side" is unlabelled for every third example: its loss must be masked there.
        t[i] = new Target[] {new Target.Single(c),
            new Target.Single(i % 3 == 0 ? Target.Single.MISSING : side ? 1 : 0),
            new Target.Multi(new boolean[] {x[i][6] > 0.5, x[i][7] > 1.5})};
      }
    }
    return new TrainingSet(TASKS, x, t);
  }

  static double recall(MultiTaskNetwork net, List<TaskModel> tasks, TrainingSet test, int cls) {
    int hit = 0;
    int n = 0;
    for (int i = 0; i < test.size(); i++) {
      if (((Target.Single) test.targets()[i][0]).classIndex() != cls) {
        continue;
      }
      n++;
      TaskOutput.Single out = (TaskOutput.Single) tasks.get(0).decide(net.logits(test.x()[i]).get("main"));
      hit += out.index() == cls ? 1 : 0;
    }
    return hit / (double) n;
  }

  private static TrainingConfig config(ImbalanceRecipe recipe) {
    return new TrainingConfig(recipe, 7, 40, 10, 32, 3e-3, 1e-4, List.of(32), 0.1, Map.of(), 0.2,
        false);
  }

  @Test
  void balancedRecoversTheRareClassThatPlainNeglects() {
    TrainingSet train = blobs(new int[] {600, 120, 20}, 1);
    TrainingSet dev = blobs(new int[] {100, 100, 100}, 2);
    TrainingSet test = blobs(new int[] {300, 300, 300}, 3);
    MultiTaskNetwork plain = new MultiTaskTrainer(config(ImbalanceRecipe.PLAIN), s -> { })
        .train(train, dev, false).network();
    MultiTaskNetwork balanced = new MultiTaskTrainer(config(ImbalanceRecipe.BALANCED), s -> { })
        .train(train, dev, false).network();
    double plainRare = recall(plain, DecisionStage.taskModels(train, 0), test, 2);
    double balancedRare = recall(balanced, DecisionStage.taskModels(train, 0.5), test, 2);
    assertTrue(plainRare < 0.35, "plain rare recall " + plainRare);
    assertTrue(balancedRare > plainRare + 0.25, "balanced " + balancedRare + " vs plain " + plainRare);
  }

  @Test
  void sameSeedSameWeights() {
    TrainingSet train = blobs(new int[] {100, 40, 10}, 4);
    TrainingConfig c = config(ImbalanceRecipe.BALANCED);
    MultiTaskNetwork a = new MultiTaskTrainer(c, s -> { }).trainEpochs(train, 5);
    MultiTaskNetwork b = new MultiTaskTrainer(c, s -> { }).trainEpochs(train, 5);
    assertArrayEquals(a.trunk().get(0).weight()[3], b.trunk().get(0).weight()[3]);
    assertArrayEquals(a.heads().get(2).layer().bias(), b.heads().get(2).layer().bias());
  }

  @Test
  void classBalancedSamplerGivesEqualClassCountsInExpectation() {
    TrainingSet train = blobs(new int[] {800, 150, 50}, 5);
    BatchSampler sampler = BatchSampler.create(SamplerKind.CLASS_BALANCED, train, 50, 1, 0, 10);
    long[] counts = new long[3];
    for (int epoch = 0; epoch < 20; epoch++) {
      for (int[] batch : sampler.epoch(epoch)) {
        for (int i : batch) {
          counts[((Target.Single) train.targets()[i][0]).classIndex()]++;
        }
      }
    }
    long total = counts[0] + counts[1] + counts[2];
    for (long c : counts) {
      assertEquals(1 / 3.0, c / (double) total, 0.03, java.util.Arrays.toString(counts));
    }
  }

  @Test
  void logitAdjustmentByTruePriorsTurnsPriorBiasedArgmaxIntoBalancedOne() {
    float[] adj = DecisionStage.logitAdjustment(TaskKind.SINGLE_LABEL, new long[] {899, 99}, 1000, 1);
    // Logits equal to log prior + log likelihood ratio 0: plain argmax picks the majority,
    // the adjusted decision is indifferent up to smoothing and picks by likelihood.
    float[] logits = {(float) Math.log(0.9) - 0.1f, (float) Math.log(0.1) + 0.1f};
    TaskModel m = new TaskModel("t", TaskKind.SINGLE_LABEL, List.of("a", "b"), adj, new float[0]);
    assertEquals("b", ((TaskOutput.Single) m.decide(logits)).label());
    TaskModel none = new TaskModel("t", TaskKind.SINGLE_LABEL, List.of("a", "b"), new float[2], new float[0]);
    assertEquals("a", ((TaskOutput.Single) none.decide(logits)).label());
  }
}
