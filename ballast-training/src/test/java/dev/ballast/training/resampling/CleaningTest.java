package dev.ballast.training.resampling;

import static dev.ballast.training.resampling.Fixtures.BIG;
import static dev.ballast.training.resampling.Fixtures.MAIN;
import static dev.ballast.training.resampling.Fixtures.RARE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballast.data.Target;
import dev.ballast.training.TrainingSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Tomek links and edited nearest neighbours on constructed points whose removals are known. */
class CleaningTest {
  static final int U = Target.Single.MISSING;

  /**
   * Links (0 big, 1 rare) and (7 rare, 8 big); rare 3's nearest is big 2 but 2's nearest is big 4,
   * so no link; bigs 5 and 6 are mutual nearest of one class; 9..14 far-away bigs; 15 unlabelled
   * between 0 and 1 (it does not break their link: it takes no part); big 16's nearest is rare 17,
   * whose nearest is rare 18, so no link.
   */
  static TrainingSet tomekPoints() {
    float[][] x = {Fixtures.p(0, 0), Fixtures.p(0.1, 0), Fixtures.p(10.9, 0), Fixtures.p(10.5, 0),
        Fixtures.p(11.2, 0), Fixtures.p(20, 0), Fixtures.p(20.1, 0), Fixtures.p(30, 0),
        Fixtures.p(30, 0.2), Fixtures.p(50, 50), Fixtures.p(53, 50), Fixtures.p(56, 50),
        Fixtures.p(59, 50), Fixtures.p(62, 50), Fixtures.p(65, 50), Fixtures.p(0.05, 0),
        Fixtures.p(40, 0), Fixtures.p(40.5, 0), Fixtures.p(40.8, 0)};
    int[] y = {BIG, RARE, BIG, RARE, BIG, BIG, BIG, RARE, BIG, BIG, BIG, BIG, BIG, BIG, BIG, U, BIG,
        RARE, RARE};
    return Fixtures.set(x, y);
  }

  static Set<Integer> removed(TrainingSet in, Resampled out) {
    Set<Integer> kept = Arrays.stream(out.sources()).map(s -> s[0]).collect(Collectors.toSet());
    return IntStream.range(0, in.size()).filter(i -> !kept.contains(i)).boxed()
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void tomekRemovesExactlyTheMajorityMemberOfEachLink() {
    TrainingSet data = tomekPoints();
    assertEquals(Set.of(0, 8), removed(data, new TomekLinks().fitResample(data, MAIN, 1)));
  }

  @Test
  void tomekWithAllClassesRemovesBothMembers() {
    TrainingSet data = tomekPoints();
    Resampled out = new TomekLinks(SamplingStrategy.ALL).fitResample(data, MAIN, 1);
    assertEquals(Set.of(0, 1, 7, 8), removed(data, out));
  }

  /** Six rare points around a big point planted at (0.1, 0.1); twenty bigs far away. */
  static TrainingSet planted() {
    List<float[]> x = new ArrayList<>(List.of(Fixtures.p(0, 0), Fixtures.p(0.2, 0),
        Fixtures.p(0, 0.2), Fixtures.p(0.2, 0.2), Fixtures.p(0.1, 0.3), Fixtures.p(0.3, 0.1),
        Fixtures.p(0.1, 0.1)));
    List<Integer> y = new ArrayList<>(List.of(RARE, RARE, RARE, RARE, RARE, RARE, BIG));
    for (int i = 0; i < 20; i++) {
      x.add(Fixtures.p(10 + 0.1 * (i % 5), 10 + 0.1 * (i / 5)));
      y.add(BIG);
    }
    return Fixtures.set(x.toArray(new float[0][]),
        y.stream().mapToInt(Integer::intValue).toArray());
  }

  @Test
  void ennRemovesAMajorityPointPlantedInsideTheMinority() {
    TrainingSet data = planted();
    Resampled out = new EditedNearestNeighbours().fitResample(data, MAIN, 1);
    assertEquals(Set.of(6), removed(data, out));
  }

  /** Big 6 at x = 5 has neighbours rare 4.5, big 5.6, big 5.7: one dissenting vote of three. */
  static TrainingSet oneDissent() {
    float[][] x = {Fixtures.p(0, 0), Fixtures.p(0.1, 0), Fixtures.p(0.2, 0), Fixtures.p(0.3, 0),
        Fixtures.p(0.4, 0), Fixtures.p(4.5, 0), Fixtures.p(5, 0), Fixtures.p(5.6, 0),
        Fixtures.p(5.7, 0), Fixtures.p(5.8, 0), Fixtures.p(5.9, 0), Fixtures.p(6, 0),
        Fixtures.p(6.1, 0)};
    int[] y = {RARE, RARE, RARE, RARE, RARE, RARE, BIG, BIG, BIG, BIG, BIG, BIG, BIG};
    return Fixtures.set(x, y);
  }

  @Test
  void ennModeKeepsAMinorityDissentWhileAllRemovesIt() {
    TrainingSet data = oneDissent();
    EditedNearestNeighbours mode = new EditedNearestNeighbours(3,
        EditedNearestNeighbours.Rule.MODE, SamplingStrategy.NOT_MINORITY);
    EditedNearestNeighbours all = new EditedNearestNeighbours(3,
        EditedNearestNeighbours.Rule.ALL, SamplingStrategy.NOT_MINORITY);
    assertEquals(Set.of(), removed(data, mode.fitResample(data, MAIN, 1)));
    assertEquals(Set.of(6), removed(data, all.fitResample(data, MAIN, 1)));
  }

  @Test
  void ennModeKeepsAnExampleOnATiedVote() {
    TrainingSet data = oneDissent();
    EditedNearestNeighbours two = new EditedNearestNeighbours(2,
        EditedNearestNeighbours.Rule.MODE, SamplingStrategy.NOT_MINORITY);
    assertEquals(Set.of(), removed(data, two.fitResample(data, MAIN, 1)), "4.5 vs 5.6: one each");
  }
}
