package dev.ballast.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import dev.ballast.encoders.scratch.TdnnEncoder;
import dev.ballast.encoders.scratch.TdnnWeights;
import dev.ballast.training.sequence.SequenceSet;
import dev.ballast.training.sequence.TdnnConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sequences whose class lies only in the order of their frames (a band of energy moving up or
 * down the bins, at random speeds and lengths): frame statistics cannot tell them apart, a model
 * with temporal context can.
 */
class SequenceTrainerTest {
  static final List<Task> TASKS = List.of(new Task("direction", TaskKind.SINGLE_LABEL,
      new LabelVocabulary(List.of("up", "down"))));
  static final TdnnConfig SMALL = new TdnnConfig(12, List.of(16, 16), List.of(5, 3),
      List.of(1, 2), 8, 16, List.of(1.0), true, 60);

  static SequenceSet sweeps(int[] perClass, long seed) {
    Random r = new Random(seed);
    int n = perClass[0] + perClass[1];
    float[][][] frames = new float[n][][];
    Target[][] targets = new Target[n][];
    int i = 0;
    for (int c = 0; c < 2; c++) {
      for (int k = 0; k < perClass[c]; k++, i++) {
        int length = 20 + r.nextInt(60);
        double phase = r.nextDouble() * 12;
        double speed = 0.15 + 0.2 * r.nextDouble();
        frames[i] = new float[length][12];
        for (int t = 0; t < length; t++) {
          double centre = (phase + (c == 0 ? 1 : -1) * speed * t) % 12;
          centre = centre < 0 ? centre + 12 : centre;
          for (int b = 0; b < 12; b++) {
            double d = Math.min(Math.abs(b - centre), 12 - Math.abs(b - centre));
            frames[i][t][b] = (float) (3 * Math.exp(-d * d / 2) + 0.3 * r.nextGaussian());
          }
        }
        targets[i] = new Target[] {new Target.Single(c)};
      }
    }
    return new SequenceSet(TASKS, frames, targets);
  }

  static TrainingConfig config(int epochs) {
    TrainingConfig d = TrainingConfig.defaults(ImbalanceRecipe.BALANCED, 3);
    return new TrainingConfig(d.recipe(), 3, epochs, epochs, 16, 3e-3, d.weightDecay(),
        d.hiddenUnits(), 0.1, Map.of(), d.devFraction(), false);
  }

  @Test
  void learnsTheOrderOfFramesAndThePlainJavaEncoderMatchesTraining() {
    SequenceSet train = sweeps(new int[] {80, 20}, 1);
    SequenceSet dev = sweeps(new int[] {30, 30}, 2);
    SequenceTrainer.Result r = new SequenceTrainer(config(25), SMALL, Optional.empty(),
        s -> { }, e -> { }).train(train, dev, Optional.empty(), false);
    assertTrue(r.training().bestDevScore() > 0.9, "dev macro-F1 " + r.training().bestDevScore());
    // The served path (plain Java, one sequence at a time, no padding) must give what the
    // padded DJL batches gave during training.
    TdnnEncoder encoder = new TdnnEncoder((TdnnWeights) r.encoder());
    int correct = 0;
    for (int i = 0; i < dev.size(); i++) {
      float[] pooled = encoder.encodeFrames(dev.frames()[i]);
      float[] z = r.training().network().logits(pooled).get("direction");
      int predicted = z[1] > z[0] ? 1 : 0;
      correct += predicted == ((Target.Single) dev.targets()[i][0]).classIndex() ? 1 : 0;
    }
    assertTrue(correct >= 0.85 * dev.size(), correct + " of " + dev.size());
  }

  @Test
  void plainJavaPoolingEqualsTheBatchedForward() {
    SequenceSet train = sweeps(new int[] {20, 20}, 5);
    SequenceTrainer.Result r = new SequenceTrainer(config(2), SMALL, Optional.empty(), s -> { },
        e -> { }).train(train, train, Optional.empty(), false);
    float[][] expected = r.trainPooled().x();
    TdnnEncoder encoder = new TdnnEncoder((TdnnWeights) r.encoder());
    for (int i = 0; i < train.size(); i++) {
      assertArrayEquals(expected[i], encoder.encodeFrames(train.frames()[i]), 1e-4f,
          "sequence " + i + " of " + train.frames()[i].length + " frames");
    }
  }

  /** Interrupted in the early-stopping run (call 2) and in the refit on train + dev (call 4). */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {2, 4})
  void aResumedRunEndsWithTheSameModelAsAnUninterruptedOne(int crashAt, @TempDir Path dir)
      throws Exception {
    SequenceSet train = sweeps(new int[] {40, 10}, 3);
    SequenceSet dev = sweeps(new int[] {10, 10}, 4);
    SequenceTrainer.Result whole = new SequenceTrainer(config(3), SMALL,
        Optional.of(dir.resolve("a.ckpt")), s -> { }, e -> { }).train(train, dev, Optional.of(dev), false);
    Path ckpt = dir.resolve("b.ckpt");
    int[] calls = {0};
    RuntimeException crash = assertThrows(RuntimeException.class, () -> new SequenceTrainer(
        config(3), SMALL, Optional.of(ckpt), s -> { }, e -> {
          if (++calls[0] == crashAt) {
            throw new RuntimeException("simulated interruption");
          }
        }).train(train, dev, Optional.of(dev), false));
    assertEquals("simulated interruption", crash.getMessage());
    assertTrue(Files.isRegularFile(ckpt));
    SequenceTrainer.Result resumed = new SequenceTrainer(config(3), SMALL, Optional.of(ckpt),
        s -> { }, e -> { }).train(train, dev, Optional.of(dev), true);
    assertEquals(whole.training().history(), resumed.training().history());
    assertEquals(r(whole), r(resumed));
    // a checkpoint from other data is refused with the fix in the message
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> new SequenceTrainer(config(3), SMALL, Optional.of(ckpt), s -> { }, e -> { })
            .train(sweeps(new int[] {40, 10}, 9), dev, Optional.of(dev), true));
    assertTrue(other.getMessage().contains("without --resume"), other.getMessage());
  }

  @Test
  void foldsChooseTheEpochCountByTheirMeanDevScoreAndResumeExactly(@TempDir Path dir) {
    SequenceSet a = sweeps(new int[] {20, 8}, 11);
    SequenceSet b = sweeps(new int[] {20, 8}, 12);
    SequenceSet c = sweeps(new int[] {20, 8}, 13);
    List<SequenceTrainer.Fold> others = List.of(new SequenceTrainer.Fold(a.concat(c), b),
        new SequenceTrainer.Fold(b.concat(c), a));
    List<String> log = new java.util.ArrayList<>();
    SequenceTrainer.Result whole = new SequenceTrainer(config(3), SMALL,
        Optional.of(dir.resolve("a.ckpt")), log::add, e -> { })
        .train(a.concat(b), c, Optional.of(c), others, false);
    // the reported history is the fold mean, and the refit ran for its best epoch
    int best = 0;
    DevScore bestScore = DevScore.worst();
    for (EpochLog e : whole.training().history()) {
      DevScore score = new DevScore(e.devMacroF1(), e.devLoss());
      if (score.betterThan(bestScore)) {
        bestScore = score;
        best = e.epoch();
      }
    }
    assertEquals(best, whole.training().bestEpoch());
    assertTrue(log.stream().anyMatch(l -> l.startsWith("fold 3 of 3")), log.toString());
    int[] calls = {0};
    Path ckpt = dir.resolve("b.ckpt");
    assertThrows(RuntimeException.class, () -> new SequenceTrainer(config(3), SMALL,
        Optional.of(ckpt), s -> { }, e -> {
          if (++calls[0] == 5) { // inside the second fold
            throw new RuntimeException("simulated interruption");
          }
        }).train(a.concat(b), c, Optional.of(c), others, false));
    SequenceTrainer.Result resumed = new SequenceTrainer(config(3), SMALL, Optional.of(ckpt),
        s -> { }, e -> { }).train(a.concat(b), c, Optional.of(c), others, true);
    assertEquals(r(whole), r(resumed));
  }

  @Test
  void recipesThatWorkOnEmbeddingsAreRefusedWithTheAlternative() {
    TrainingConfig d = TrainingConfig.defaults(ImbalanceRecipe.byName("smote"), 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SequenceTrainer(d, SMALL, Optional.empty(), s -> { }, x -> { }));
    assertTrue(e.getMessage().contains("recipe smote") && e.getMessage().contains("e.g. balanced"),
        e.getMessage());
  }

  private static String r(SequenceTrainer.Result r) {
    return r.encoder().sha256() + java.util.Arrays.deepToString(
        r.training().network().heads().get(0).layer().weight());
  }
}
