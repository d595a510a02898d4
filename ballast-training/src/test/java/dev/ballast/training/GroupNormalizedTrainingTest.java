package dev.ballast.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.data.Example;
import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.ManifestException;
import dev.ballast.data.ManifestRow;
import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import dev.ballast.encoders.EncoderSpec;
import dev.ballast.encoders.Encoders;
import dev.ballast.encoders.ProgressListener;
import dev.ballast.heads.GroupNormalizer;
import dev.ballast.serving.ModelBundle;
import dev.ballast.serving.Predictor;
import dev.ballast.serving.TaskOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speaker normalisation end to end: each speaker's voice shifts every dimension by far more than
 * the emotion does, so only a model that sees clips relative to their speaker generalises to new
 * speakers.
 */
class GroupNormalizedTrainingTest {
  private static final List<Task> TASKS = List.of(new Task("emotion", TaskKind.SINGLE_LABEL,
      new LabelVocabulary(List.of("calm", "excited"))));
  /** A registered encoder's width, so that a {@link Predictor} can be built on the model. */
  private static final EncoderSpec ENCODER = Encoders.create("fbank-stats").spec();
  private static final int DIM = Encoders.create(ENCODER).dimension();
  private static final int CLIPS = 30;
  @TempDir Path dir;

  /** Clips of speakers {@code first..first+speakers-1}; excited shifts dimensions 0-9 by 1.5. */
  private record Speakers(List<Example> examples, TrainingSet set) {
    List<String> groups() {
      return examples.stream().map(e -> e.row().group()).toList();
    }
  }

  private static Speakers speakers(int first, int speakers) {
    Random r = new Random(first);
    List<Example> ex = new ArrayList<>();
    List<float[]> x = new ArrayList<>();
    List<Target[]> t = new ArrayList<>();
    for (int s = first; s < first + speakers; s++) {
      float[] voice = new float[DIM];
      for (int j = 0; j < DIM; j++) {
        voice[j] = (float) (6 * r.nextGaussian());
      }
      for (int c = 0; c < CLIPS; c++) {
        int cls = c % 3 == 0 ? 1 : 0;
        float[] row = new float[DIM];
        for (int j = 0; j < DIM; j++) {
          row[j] = voice[j] + (float) (0.5 * r.nextGaussian()) + (j < 10 ? 1.5f * cls : 0);
        }
        Target[] target = {new Target.Single(cls)};
        ex.add(new Example(new ManifestRow(ex.size() + 2, Path.of("/s" + s + "/" + c + ".wav"),
            Double.NaN, Double.NaN, "spk" + s, Map.of()), List.of(target)));
        x.add(row);
        t.add(target);
      }
    }
    return new Speakers(ex, new TrainingSet(TASKS, x.toArray(new float[0][]),
        t.toArray(new Target[0][])));
  }

  private static ModelBundle train(Speakers train, GroupNormalizer.Mode mode) throws Exception {
    TrainingConfig c = new TrainingConfig(ImbalanceRecipe.BALANCED, 1, 80, 20, 32, 3e-3, 1e-4,
        List.of(16), 0.1, Map.of(), 0.25, true, mode);
    return new TrainingPipeline(s -> { }, ProgressListener.NONE).fit(train.examples(),
        train.set(), Optional.empty(), ENCODER, c, Map.of()).bundle();
  }

  /** Balanced accuracy on the test speakers, each speaker's clips predicted together. */
  private static double balancedAccuracy(Predictor p, Speakers test) {
    int[] hit = new int[2];
    int[] count = new int[2];
    List<String> groups = test.groups();
    for (int start = 0; start < groups.size(); start += CLIPS) {
      List<float[]> clips = List.of(test.set().x()).subList(start, start + CLIPS);
      List<Map<String, float[]>> logits = p.groupLogits(clips);
      for (int k = 0; k < CLIPS; k++) {
        int truth = ((Target.Single) test.set().targets()[start + k][0]).classIndex();
        int pred = ((TaskOutput.Single) p.decide(logits.get(k)).get("emotion")).index();
        count[truth]++;
        hit[truth] += pred == truth ? 1 : 0;
      }
    }
    return 0.5 * ((double) hit[0] / count[0] + (double) hit[1] / count[1]);
  }

  @Test
  void speakerNormalisationGeneralisesToNewSpeakers() throws Exception {
    Speakers train = speakers(0, 8);
    Speakers test = speakers(100, 4);
    ModelBundle plain = train(train, GroupNormalizer.Mode.NONE);
    ModelBundle replace = train(train, GroupNormalizer.Mode.REPLACE);
    ModelBundle append = train(train, GroupNormalizer.Mode.APPEND);
    assertNull(plain.groupNormalizer());
    assertEquals(ModelBundle.FORMAT_VERSION, plain.formatVersion());
    assertEquals(ModelBundle.GROUP_NORMALIZED_FORMAT_VERSION, replace.formatVersion());
    assertEquals(DIM, replace.standardizer().mean().length);
    assertEquals(DIM, append.embeddingDimension());
    assertEquals(2 * DIM, append.standardizer().mean().length);
    double none = balancedAccuracy(new Predictor(plain), test);
    double rel = balancedAccuracy(new Predictor(replace), test);
    double both = balancedAccuracy(new Predictor(append), test);
    assertTrue(rel > 0.85, "replace: balanced accuracy " + rel);
    assertTrue(both > 0.8, "append: balanced accuracy " + both);
    assertTrue(none < 0.75, "without speaker normalisation: balanced accuracy " + none);

    // the saved model predicts the same after loading
    Path f = dir.resolve("m.ballast");
    replace.save(f);
    ModelBundle loaded = ModelBundle.load(f);
    assertNotNull(loaded.groupNormalizer());
    assertEquals(rel, balancedAccuracy(new Predictor(loaded), test), 1e-12);
  }

  @Test
  void aSingleClipIsRefusedByAModelThatNeedsItsSpeaker() throws Exception {
    ModelBundle b = train(speakers(0, 4), GroupNormalizer.Mode.APPEND);
    Predictor p = new Predictor(b);
    assertTrue(p.needsGroups());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> p.logits(new float[DIM]));
    assertEquals("this model normalises each clip against the other clips of its speaker (group "
        + "normalisation append); predict a speaker's clips together with predictGroup / "
        + "groupLogits", e.getMessage());
  }

  @Test
  void trainingWithoutSpeakersIsRefused() {
    Speakers s = speakers(0, 2);
    List<Example> alone = new ArrayList<>();
    for (Example e : s.examples()) {
      ManifestRow r = e.row();
      alone.add(new Example(new ManifestRow(r.line(), r.audioPath(), r.startSec(), r.endSec(),
          "row-" + r.line(), Map.of()), e.targets()));
    }
    TrainingConfig c = TrainingConfig.defaults(ImbalanceRecipe.BALANCED, 0)
        .withGroupNormalization(GroupNormalizer.Mode.REPLACE);
    ManifestException e = assertThrows(ManifestException.class,
        () -> new TrainingPipeline(x -> { }, ProgressListener.NONE).fit(alone, s.set(),
            Optional.empty(), ENCODER, c, Map.of()));
    assertEquals("group normalisation needs several clips per group, but each of the 60 training "
        + "rows is its own group; name the speaker column with --group", e.getMessage());
    IllegalArgumentException dev = assertThrows(IllegalArgumentException.class,
        () -> new TrainingPipeline(x -> { }, ProgressListener.NONE).fit(s.examples(), s.set(),
            Optional.of(s.set()), ENCODER, c, Map.of()));
    assertEquals("group normalisation needs the group of each of the 60 dev rows, got 0",
        dev.getMessage());
  }
}
