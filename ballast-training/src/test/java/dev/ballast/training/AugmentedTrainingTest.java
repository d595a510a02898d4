package dev.ballast.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.WavWriter;
import dev.ballast.data.Example;
import dev.ballast.data.GroupStratifiedSplit;
import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Manifest;
import dev.ballast.data.ManifestRow;
import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import dev.ballast.data.TaskSpec;
import dev.ballast.encoders.EncoderSpec;
import dev.ballast.encoders.ProgressListener;
import dev.ballast.serving.ModelBundle;
import dev.ballast.training.augment.AugmentedRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The augmentation lever in training: augmented rows follow their sources across the dev split
 * (no copy of a dev row trains the early-stopped model), and copies to balance even out the
 * classes of a skewed corpus by a count known in advance.
 */
class AugmentedTrainingTest {
  private static final List<Task> TASKS = List.of(new Task("emotion", TaskKind.SINGLE_LABEL,
      new LabelVocabulary(List.of("big", "rare"))));
  @TempDir Path dir;

  private static TrainingConfig config(boolean refit) {
    return new TrainingConfig(ImbalanceRecipe.AUGMENTED, 3, 3, 2, 16, 3e-3, 1e-4, List.of(8), 0.1,
        Map.of(), 0.3, refit);
  }

  /** 30 examples in 6 speakers, with one augmented copy each (sources: that example). */
  private record Data(List<Example> examples, TrainingSet set, AugmentedRows copies) {}

  private static Data data() {
    Random r = new Random(1);
    List<Example> ex = new ArrayList<>();
    float[][] x = new float[30][];
    float[][] xa = new float[30][];
    Target[][] t = new Target[30][];
    List<int[]> sources = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int cls = i % 5 == 0 ? 1 : 0;
      t[i] = new Target[] {new Target.Single(cls)};
      ex.add(new Example(new ManifestRow(i + 2, Path.of("/c/" + i + ".wav"), Double.NaN,
          Double.NaN, "spk" + (i % 6), Map.of()), List.of(t[i])));
      x[i] = new float[] {(float) (r.nextGaussian() + 2 * cls), (float) r.nextGaussian()};
      xa[i] = new float[] {x[i][0] + 0.1f, x[i][1] - 0.1f};
      sources.add(new int[] {i});
    }
    return new Data(ex, new TrainingSet(TASKS, x, t), new AugmentedRows(sources,
        new TrainingSet(TASKS, xa, t)));
  }

  private static int trainPartSize(Data d, TrainingConfig c) {
    return GroupStratifiedSplit.split(d.examples(), 0, 2, c.devFraction(), c.seed())[0].length;
  }

  @Test
  void copiesOfDevRowsNeverTrainTheEarlyStoppedModel() throws Exception {
    Data d = data();
    TrainingConfig c = config(false);
    ModelBundle b = new TrainingPipeline(s -> { }, ProgressListener.NONE).fit(d.examples(),
        d.set(), Optional.empty(), new EncoderSpec("test", Map.of()), c, Map.of(), d.copies())
        .bundle();
    int train = trainPartSize(d, c);
    assertEquals(2 * train, b.provenance().get("examples_used"));
    assertEquals(train, b.provenance().get("augmented_rows_added"));
  }

  @Test
  void refitOnTrainAndDevTakesEveryCopy() throws Exception {
    Data d = data();
    ModelBundle b = new TrainingPipeline(s -> { }, ProgressListener.NONE).fit(d.examples(),
        d.set(), Optional.empty(), new EncoderSpec("test", Map.of()), config(true), Map.of(),
        d.copies()).bundle();
    assertEquals(60, b.provenance().get("examples_used"));
    assertEquals(30, b.provenance().get("augmented_rows_added"));
  }

  @Test
  void augmentedRecipeEvensTheClassesOfASkewedCorpusEndToEnd() throws Exception {
    // 10 "big" clips (low voice) and 5 "rare" ones (high voice) from 5 speakers: with at most 4
    // copies per row, "rare" gets 5 copies and "big" none, 10 : 10 in the refitted model.
    StringBuilder csv = new StringBuilder("path,speaker,emotion\n");
    Random r = new Random(2);
    for (int i = 0; i < 15; i++) {
      boolean rare = i % 3 == 0;
      float[] s = new float[8000];
      double f0 = rare ? 320 : 140;
      for (int k = 0; k < s.length; k++) {
        s[k] = (float) (0.3 * Math.sin(2 * Math.PI * f0 * k / 16000)
            + 0.1 * Math.sin(2 * Math.PI * 3 * f0 * k / 16000) + 0.01 * r.nextGaussian());
      }
      Path wav = dir.resolve("c" + i + ".wav");
      WavWriter.write(wav, new AudioClip(s, 16000));
      csv.append(wav.getFileName()).append(",spk").append(i % 5).append(',')
          .append(rare ? "rare" : "big").append('\n');
    }
    Path manifest = dir.resolve("train.csv");
    Files.writeString(manifest, csv);
    TrainingPipeline.Request req = new TrainingPipeline.Request(Manifest.read(manifest, "speaker"),
        Optional.empty(), List.of(new TaskSpec("emotion", TaskKind.SINGLE_LABEL)), "fbank-stats",
        TrainingConfig.defaults(ImbalanceRecipe.AUGMENTED, 0), Optional.empty(), false, 1);
    ModelBundle b = new TrainingPipeline(s -> { }, ProgressListener.NONE).run(req).bundle();
    assertEquals(Map.of("emotion", Map.of("big", 10L, "rare", 10L)),
        b.provenance().get("training_class_counts"));
    assertEquals(5, b.provenance().get("augmented_rows_added"));
    assertEquals(ImbalanceRecipe.AUGMENTED.augment().describe(), b.provenance().get("augmentation"));
  }
}
