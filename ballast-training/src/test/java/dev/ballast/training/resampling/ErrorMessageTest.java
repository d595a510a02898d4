package dev.ballast.training.resampling;

import static dev.ballast.training.resampling.Fixtures.BIG;
import static dev.ballast.training.resampling.Fixtures.MAIN;
import static dev.ballast.training.resampling.Fixtures.MID;
import static dev.ballast.training.resampling.Fixtures.RARE;
import static dev.ballast.training.resampling.Fixtures.TAGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ballast.data.Target;
import dev.ballast.training.TrainingSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every error a resampler raises, pinned word for word. */
class ErrorMessageTest {
  static final int U = Target.Single.MISSING;

  static void fails(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  /** 8 big, 4 mid, 3 rare, 1 unlabelled, on a line. */
  static TrainingSet small() {
    int[] y = {BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, MID, MID, MID, MID, RARE, RARE, RARE, U};
    float[][] x = new float[y.length][];
    for (int i = 0; i < y.length; i++) {
      x[i] = Fixtures.p(i, y[i]);
    }
    return Fixtures.set(x, y);
  }

  static TrainingSet withX(int row, float[] values) {
    TrainingSet s = small();
    float[][] x = s.x().clone();
    x[row] = values;
    return new TrainingSet(s.tasks(), x, s.targets());
  }

  static TrainingSet withTarget(int row, int task, Target t) {
    TrainingSet s = small();
    Target[][] targets = s.targets().clone();
    targets[row] = targets[row].clone();
    targets[row][task] = t;
    return new TrainingSet(s.tasks(), s.x(), targets);
  }

  @Test
  void registry() {
    fails("unknown resampler 'smot'; known names: none, random-over, random-under, smote,"
        + " borderline-smote, adasyn, tomek, enn, ml-ros", () -> Resamplers.byName("smot"));
  }

  @Test
  void taskIndex() {
    fails("task index 3 is out of range: the training set has 3 task(s) [main, side, tags];"
        + " pass an index from 0 to 2", () -> new Smote().fitResample(small(), 3, 1));
    fails("task index -1 is out of range: the training set has 3 task(s) [main, side, tags];"
        + " pass an index from 0 to 2", () -> new NoResampling().fitResample(small(), -1, 1));
  }

  @Test
  void taskKind() {
    fails("smote resamples single_label tasks, but task 'tags' is multi_label; use ml-ros for it",
        () -> new Smote().fitResample(small(), TAGS, 1));
    fails("ml-ros resamples multi_label tasks, but task 'main' is single_label; use random-over,"
        + " smote or another single-label resampler for it",
        () -> new MlRos().fitResample(small(), MAIN, 1));
  }

  @Test
  void embeddings() {
    fails("x[2][1] is NaN; resampling needs finite embeddings, drop or repair example 2",
        () -> new RandomOverSampler().fitResample(withX(2, Fixtures.p(2, Double.NaN)), MAIN, 1));
    fails("x[15][0] is -Infinity; resampling needs finite embeddings, drop or repair example 15",
        () -> new NoResampling().fitResample(
            withX(15, Fixtures.p(Double.NEGATIVE_INFINITY, 0)), MAIN, 1));
    fails("x[4] has 3 values but x[0] has 2; every embedding must have the same dimension",
        () -> new Smote().fitResample(withX(4, Fixtures.p(1, 2, 3)), MAIN, 1));
    fails("x[4] is null; every example needs an embedding",
        () -> new Smote().fitResample(withX(4, null), MAIN, 1));
  }

  @Test
  void targets() {
    TrainingSet s = small();
    Target[][] shortRow = s.targets().clone();
    shortRow[3] = new Target[] {new Target.Single(0)};
    fails("targets[3] has 1 entries but the training set has 3 tasks; give every example one"
        + " target per task",
        () -> new Smote().fitResample(new TrainingSet(s.tasks(), s.x(), shortRow), MAIN, 1));
    fails("targets[5][0] is Multi[true, false] but task 'main' is single_label; use"
        + " Target.Single, with Target.Single.MISSING when unlabelled",
        () -> new Smote().fitResample(
            withTarget(5, MAIN, new Target.Multi(new boolean[] {true, false})), MAIN, 1));
    fails("targets[5][0] has class index 3 but task 'main' has 3 labels [big, mid, rare]; use an"
        + " index from 0 to 2",
        () -> new Smote().fitResample(withTarget(5, MAIN, new Target.Single(3)), MAIN, 1));
    fails("targets[5][2] is Single[classIndex=1] but task 'tags' is multi_label; use Target.Multi",
        () -> new MlRos().fitResample(withTarget(5, TAGS, new Target.Single(1)), TAGS, 1));
    fails("targets[5][2] has 2 flags but task 'tags' has 3 labels [t1, t2, t3]",
        () -> new MlRos().fitResample(
            withTarget(5, TAGS, new Target.Multi(new boolean[] {true, false})), TAGS, 1));
  }

  @Test
  void classes() {
    TrainingSet s = small();
    int[] rows = {0, 1, 2, 15};
    fails("random-under needs labelled examples of at least two classes in task 'main', got 1"
        + " [big]; resample a task with two or more observed classes, or use none",
        () -> new RandomUnderSampler().fitResample(s.subset(rows), MAIN, 1));
  }

  @Test
  void neighbours() {
    fails("smote needs at least k + 1 = 6 labelled examples of class 'mid' in task 'main' (each"
        + " example and its k = 5 nearest neighbours of the class), got 4; use k <= 3, or leave"
        + " 'mid' out of the sampling strategy", () -> new Smote().fitResample(small(), MAIN, 1));
    fails("adasyn needs at least k + 1 = 4 labelled examples of class 'rare' in task 'main' (each"
        + " example and its k = 3 nearest neighbours of the class), got 3; use k <= 2, or leave"
        + " 'rare' out of the sampling strategy",
        () -> new Adasyn(3, SamplingStrategy.NOT_MAJORITY).fitResample(small(), MAIN, 1));
    TrainingSet one = small().subset(new int[] {0, 1, 2, 12});
    fails("smote needs at least k + 1 = 2 labelled examples of class 'rare' in task 'main' (each"
        + " example and its k = 1 nearest neighbours of the class), got 1; add examples of 'rare',"
        + " use random-over, or leave 'rare' out of the sampling strategy",
        () -> new Smote(1, SamplingStrategy.NOT_MAJORITY).fitResample(one, MAIN, 1));
    fails("borderline-smote needs at least m + 1 = 21 labelled examples in task 'main' (each"
        + " example and its m = 20 nearest neighbours), got 15; use m <= 14",
        () -> new BorderlineSmote(2, 20, SamplingStrategy.NOT_MAJORITY)
            .fitResample(small(), MAIN, 1));
    fails("enn needs at least k + 1 = 16 labelled examples in task 'main' (each example and its"
        + " k = 15 nearest neighbours), got 15; use k <= 14",
        () -> new EditedNearestNeighbours(15, EditedNearestNeighbours.Rule.MODE,
            SamplingStrategy.NOT_MINORITY).fitResample(small(), MAIN, 1));
  }

  @Test
  void adasynOnSeparatedClasses() {
    float[][] x = new float[12][];
    int[] y = new int[12];
    for (int i = 0; i < 12; i++) {
      x[i] = Fixtures.p(i < 4 ? i : 100 + i);
      y[i] = i < 4 ? RARE : BIG;
    }
    fails("adasyn found no other-class example among the k = 3 nearest neighbours of any 'rare'"
        + " example of task 'main', so its density weights are all zero; use smote for classes"
        + " this well separated", () -> new Adasyn(3, SamplingStrategy.NOT_MAJORITY)
            .fitResample(Fixtures.set(x, y), MAIN, 1));
  }

  @Test
  void samplingStrategy() {
    fails("random-over cannot use sampling strategy MAJORITY: over-sampling grows classes to the"
        + " majority count, which the majority already has; use MINORITY, NOT_MINORITY,"
        + " NOT_MAJORITY or ALL",
        () -> new RandomOverSampler(SamplingStrategy.MAJORITY).fitResample(small(), MAIN, 1));
    fails("random-under cannot use sampling strategy MINORITY: under-sampling shrinks classes to"
        + " the minority count, which the minority already has; use MAJORITY, NOT_MINORITY,"
        + " NOT_MAJORITY or ALL",
        () -> new RandomUnderSampler(SamplingStrategy.MINORITY).fitResample(small(), MAIN, 1));
    fails("sampling strategy names label 'rar', which task 'main' does not have; its labels are"
        + " [big, mid, rare]", () -> new RandomOverSampler(
            SamplingStrategy.counts(Map.of("rar", 9))).fitResample(small(), MAIN, 1));
    fails("smote only adds examples and cannot shrink class 'big' of task 'main' from 8 to 5;"
        + " ask for at least 8 or use an under-sampler",
        () -> new Smote(2, SamplingStrategy.counts(Map.of("big", 5))).fitResample(small(), MAIN,
            1));
    fails("random-under only removes examples and cannot grow class 'rare' of task 'main' from 3"
        + " to 4; ask for at most 3 or use an over-sampler", () -> new RandomUnderSampler(
            SamplingStrategy.counts(Map.of("rare", 4))).fitResample(small(), MAIN, 1));
    TrainingSet noMid = small().subset(new int[] {0, 1, 2, 12, 13});
    fails("random-over cannot grow class 'mid' of task 'main' to 3 examples: it has no labelled"
        + " example to start from; label some examples of it or ask for 0",
        () -> new RandomOverSampler(SamplingStrategy.counts(Map.of("mid", 3)))
            .fitResample(noMid, MAIN, 1));
  }

  @Test
  void countsAtConstruction() {
    fails("per-class count of 'rare' must be >= 0, got -2",
        () -> SamplingStrategy.counts(Map.of("rare", -2)));
    fails("per-class counts must name at least one class; use a Classes selection such as"
        + " NOT_MAJORITY to select classes by their counts",
        () -> SamplingStrategy.counts(Map.of()));
  }

  @Test
  void parametersAtConstruction() {
    fails("smote: k must be >= 1, got 0; k is the number of nearest same-class neighbours to"
        + " interpolate towards (default 5)", () -> new Smote(0, SamplingStrategy.NOT_MAJORITY));
    fails("borderline-smote: m must be >= 1, got 0; m is the number of nearest neighbours of any"
        + " class that decide whether an example is in danger (default 10)",
        () -> new BorderlineSmote(5, 0, SamplingStrategy.NOT_MAJORITY));
    fails("borderline-smote: k must be >= 1, got -1; k is the number of nearest same-class"
        + " neighbours to interpolate towards (default 5)",
        () -> new BorderlineSmote(-1, 10, SamplingStrategy.NOT_MAJORITY));
    fails("adasyn: k must be >= 1, got 0; k is the number of nearest neighbours used for the"
        + " density weights and for interpolation (default 5)",
        () -> new Adasyn(0, SamplingStrategy.NOT_MAJORITY));
    fails("enn: k must be >= 1, got 0; k is the number of nearest labelled neighbours that vote"
        + " (default 3)", () -> new EditedNearestNeighbours(0, EditedNearestNeighbours.Rule.MODE,
            SamplingStrategy.NOT_MINORITY));
    fails("ml-ros: cloneFraction must be > 0 and finite, got 0.0; it is the most clones to add as"
        + " a fraction of the training set size (default 0.25)", () -> new MlRos(0));
    fails("ml-ros: cloneFraction must be > 0 and finite, got NaN; it is the most clones to add as"
        + " a fraction of the training set size (default 0.25)", () -> new MlRos(Double.NaN));
  }

  @Test
  void resampledShape() {
    TrainingSet s = small();
    fails("16 rows but 2 source lists; every output row needs its source rows",
        () -> new Resampled(s, new int[][] {{0}, {1}}));
    int[][] sources = new int[16][];
    for (int i = 0; i < 16; i++) {
      sources[i] = i == 7 ? new int[0] : new int[] {i};
    }
    fails("output row 7 has no source rows; every output row must name the input rows it came"
        + " from", () -> new Resampled(s, sources));
  }
}
