package dev.ballast.training.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.data.Example;
import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.ManifestRow;
import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import dev.ballast.training.TrainingSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which rows an augmentation adds, on small problems whose answer is known. */
class AugmentationPlanTest {
  static final List<Task> EMOTION = List.of(new Task("emotion", TaskKind.SINGLE_LABEL,
      new LabelVocabulary(List.of("a", "b", "c", "d"))));
  static final List<Task> SOUNDS = List.of(new Task("sounds", TaskKind.MULTI_LABEL,
      new LabelVocabulary(List.of("crackle", "wheeze"))));

  static Example single(int line, String group, int cls) {
    return new Example(new ManifestRow(line, Path.of("/clips/" + line + ".wav"), Double.NaN,
        Double.NaN, group, Map.of()), List.of(new Target.Single(cls)));
  }

  static Example cycle(int line, String recording, String patient, double startSec,
      boolean crackle, boolean wheeze) {
    return new Example(new ManifestRow(line, Path.of("/rec/" + recording + ".wav"), startSec,
        startSec + 2, patient, Map.of()), List.of(new Target.Multi(new boolean[] {crackle, wheeze})));
  }

  /** Classes a, b, c, d with 8, 4, 2, 1 rows. */
  static List<Example> skewed() {
    List<Example> out = new ArrayList<>();
    int line = 2;
    int[] counts = {8, 4, 2, 1};
    for (int c = 0; c < counts.length; c++) {
      for (int k = 0; k < counts[c]; k++, line++) {
        out.add(single(line, "spk" + (line % 3), c));
      }
    }
    return out;
  }

  private static long[] countsAfter(List<Example> ex, List<AugmentationPlan.Row> rows) {
    long[] n = new long[4];
    ex.forEach(e -> n[((Target.Single) e.targets().get(0)).classIndex()]++);
    rows.forEach(r -> n[((Target.Single) r.targets()[0]).classIndex()]++);
    return n;
  }

  @Test
  void toBalanceEvensClassesUpToTheCopyCap() {
    List<Example> ex = skewed();
    Augment enough = new Augment("gain=6", 10, Augment.Copies.TO_BALANCE, 0);
    assertArrayEquals(new long[] {8, 8, 8, 8},
        countsAfter(ex, AugmentationPlan.plan(EMOTION, ex, enough, 0)));
    Augment capped = new Augment("gain=6", 2, Augment.Copies.TO_BALANCE, 0);
    // b: 4 + min(4, 8); c: 2 + min(6, 4); d: 1 + min(7, 2)
    assertArrayEquals(new long[] {8, 8, 6, 3},
        countsAfter(ex, AugmentationPlan.plan(EMOTION, ex, capped, 0)));
  }

  @Test
  void everyRowGetsItsCopiesEachWithItsOwnSeed() {
    List<Example> ex = skewed();
    List<AugmentationPlan.Row> rows = AugmentationPlan.plan(EMOTION, ex,
        new Augment("gain=6", 3, Augment.Copies.EVERY_ROW, 0), 5);
    assertEquals(45, rows.size());
    Set<Long> seeds = new HashSet<>();
    for (AugmentationPlan.Row r : rows) {
      Example source = ex.get(r.sources()[0]);
      assertEquals(source.row().audioPath(), r.request().path());
      assertEquals("gain=-6.0:6.0", r.request().augmentation().orElseThrow().chain());
      assertEquals(source.targets().get(0), r.targets()[0]);
      seeds.add(r.request().augmentation().orElseThrow().seed());
    }
    assertEquals(45, seeds.size());
    assertEquals(rows.get(7).request(), AugmentationPlan.plan(EMOTION, ex,
        new Augment("gain=6", 3, Augment.Copies.EVERY_ROW, 0), 5).get(7).request());
    assertNotEquals(rows.get(7).request(), AugmentationPlan.plan(EMOTION, ex,
        new Augment("gain=6", 3, Augment.Copies.EVERY_ROW, 0), 6).get(7).request());
  }

  @Test
  void copySeedDependsOnTheClipNotItsPosition() {
    List<Example> ex = skewed();
    Augment every = new Augment("gain=6", 1, Augment.Copies.EVERY_ROW, 0);
    AugmentationPlan.Row last = AugmentationPlan.plan(EMOTION, ex, every, 1).get(ex.size() - 1);
    AugmentationPlan.Row alone = AugmentationPlan.plan(EMOTION, List.of(ex.get(ex.size() - 1)),
        every, 1).get(0);
    assertEquals(last.request(), alone.request());
  }

  @Test
  void joinsPairPositivesWithTheirRecordingElseTheirPatientAndUniteTheLabels() {
    List<Example> ex = List.of(
        cycle(2, "r1", "p1", 0, true, false),   // positive, recording r1 has another cycle
        cycle(3, "r1", "p1", 2, false, true),
        cycle(4, "r2", "p1", 0, false, false),  // same patient, other recording
        cycle(5, "r3", "p2", 0, false, true),   // positive alone in its recording -> patient p2
        cycle(6, "r4", "p2", 0, false, false),
        cycle(7, "r5", "p3", 0, true, true));   // positive alone in its patient: no join
    List<AugmentationPlan.Row> rows = AugmentationPlan.plan(SOUNDS, ex,
        new Augment("", 0, Augment.Copies.EVERY_ROW, 1), 0);
    assertEquals(3, rows.size());
    assertArrayEquals(new int[] {0, 1}, rows.get(0).sources());
    assertArrayEquals(new boolean[] {true, true}, ((Target.Multi) rows.get(0).targets()[0]).present());
    assertEquals(Path.of("/rec/r1.wav"), rows.get(0).request().appended().get(0).path());
    assertEquals(2.0, rows.get(0).request().appended().get(0).startSec());
    assertArrayEquals(new int[] {1, 0}, rows.get(1).sources());
    assertArrayEquals(new int[] {3, 4}, rows.get(2).sources());
    assertArrayEquals(new boolean[] {false, true}, ((Target.Multi) rows.get(2).targets()[0])
        .present());
    for (AugmentationPlan.Row r : rows) {
      assertEquals(ex.get(r.sources()[0]).row().group(), ex.get(r.sources()[1]).row().group());
      assertTrue(r.request().augmentation().isEmpty());
    }
  }

  @Test
  void joinedSingleLabelTargetIsKeptOnlyWhenBothAgree() {
    List<Task> tasks = List.of(EMOTION.get(0), SOUNDS.get(0));
    Example a = new Example(single(2, "p", 1).row(), List.of(new Target.Single(1),
        new Target.Multi(new boolean[] {true, false})));
    Example b = new Example(single(3, "p", 1).row(), List.of(new Target.Single(2),
        new Target.Multi(new boolean[] {false, false})));
    assertEquals(new Target.Single(Target.Single.MISSING), AugmentationPlan.union(tasks, a, b)[0]);
    assertEquals(new Target.Single(1), AugmentationPlan.union(tasks, a, a)[0]);
  }

  @Test
  void withinKeepsRowsWhoseSourcesAllLieInThePart() {
    TrainingSet set = new TrainingSet(EMOTION, new float[][] {{1}, {2}, {3}},
        new Target[][] {{new Target.Single(0)}, {new Target.Single(1)}, {new Target.Single(2)}});
    AugmentedRows rows = new AugmentedRows(List.of(new int[] {0}, new int[] {1, 2},
        new int[] {2, 3}), set);
    AugmentedRows in = rows.within(new int[] {0, 1, 2}, 4);
    assertEquals(2, in.size());
    assertArrayEquals(new float[] {2}, in.set().x()[1]);
    assertEquals(0, rows.within(new int[] {3}, 4).size());
  }
}
