package dev.ballast.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballast.data.Target;
import dev.ballast.training.augment.Mixup;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BatchMixerTest {
  @Test
  void inputsAndTargetsAreMixedWithTheSameLambdaAndPartner() {
    TrainingSet data = MultiTaskTrainerTest.blobs(new int[] {4, 4, 2}, 1);
    int[] batch = {0, 5, 9, 2, 3};
    float[][] x = new float[batch.length][];
    for (int i = 0; i < batch.length; i++) {
      x[i] = data.x()[batch[i]];
    }
    float[][] before = x.clone();
    MultiTaskLoss loss = new MultiTaskLoss(data, ImbalanceRecipe.PLAIN, new double[] {1, 1, 1});
    MultiTaskLoss.BatchTargets t = loss.targets(batch);
    Mixup mixup = new Mixup(Mixup.Pairing.ACROSS_CLASS, 0.4);
    MultiTaskLoss.BatchTargets mixed = BatchMixer.mix(mixup, data, batch, x, t, 0,
        new SplittableRandom(7));

    // Replay the same stream: partners first, then lambda.
    SplittableRandom replay = new SplittableRandom(7);
    int[] classes = new int[batch.length];
    for (int b = 0; b < batch.length; b++) {
      classes[b] = ((Target.Single) data.targets()[batch[b]][0]).classIndex();
    }
    int[] partner = mixup.partners(classes, replay);
    float lambda = (float) mixup.lambda(replay);
    for (int b = 0; b < batch.length; b++) {
      int j = partner[b];
      for (int d = 0; d < x[b].length; d++) {
        assertEquals(lambda * before[b][d] + (1 - lambda) * before[j][d], x[b][d], 1e-6);
      }
      for (int task = 0; task < 3; task++) {
        for (int c = 0; c < t.y()[task][b].length; c++) {
          assertEquals(lambda * t.y()[task][b][c] + (1 - lambda) * t.y()[task][j][c],
              mixed.y()[task][b][c], 1e-6);
          assertEquals(Math.max(t.weight()[task][b][c], t.weight()[task][j][c]),
              mixed.weight()[task][b][c], 0);
        }
      }
      float[] y = mixed.y()[0][b];
      assertEquals(1.0, y[0] + y[1] + y[2], 1e-6, "a mix of two labelled rows is a distribution");
    }
  }
}
