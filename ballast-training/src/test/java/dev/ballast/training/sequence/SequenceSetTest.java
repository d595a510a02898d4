package dev.ballast.training.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceSetTest {
  static final List<Task> TASKS = List.of(new Task("c", TaskKind.SINGLE_LABEL,
      new LabelVocabulary(List.of("a", "b"))));

  static SequenceSet set(int[] source, int[] cls) {
    float[][][] f = new float[source.length][2][3];
    Target[][] t = new Target[source.length][];
    for (int i = 0; i < source.length; i++) {
      t[i] = new Target[] {new Target.Single(cls[i])};
    }
    return new SequenceSet(TASKS, f, t, source);
  }

  @Test
  void viewsOfOneSourceCountOnceInTheLabels() {
    // three speeds of source 0 (class a), one view of source 1 (class b)
    SequenceSet s = set(new int[] {0, 0, 0, 1}, new int[] {0, 0, 0, 1});
    assertEquals(2, s.sources());
    assertArrayEquals(new int[][] {{0, 1, 2}, {3}}, s.views());
    assertArrayEquals(new long[] {1, 1}, s.labels().classCounts(0));
  }

  @Test
  void concatenationKeepsSourcesApart() {
    SequenceSet a = set(new int[] {0, 0, 1}, new int[] {0, 0, 1});
    SequenceSet both = a.concat(set(new int[] {0, 1, 1}, new int[] {1, 0, 0}));
    assertArrayEquals(new int[] {0, 0, 1, 2, 3, 3}, both.source());
    assertEquals(4, both.sources());
  }

  @Test
  void sourceIdsMustRunWithoutGaps() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> set(new int[] {0, 2}, new int[] {0, 1}));
    assertTrue(e.getMessage().contains("1 is missing"), e.getMessage());
  }
}
