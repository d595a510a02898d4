package dev.ballast.training.resampling;

import static dev.ballast.training.resampling.Fixtures.MAIN;
import static dev.ballast.training.resampling.Fixtures.TAGS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.data.Target;
import dev.ballast.data.TaskKind;
import dev.ballast.training.TrainingSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same checks for every registered resampler, on overlapping blobs with unlabelled rows. */
class ResamplerContractTest {
  static List<String> names() {
    return Resamplers.names();
  }

  static TrainingSet data() {
    return Fixtures.blobs(new int[] {60, 20, 8}, 12, 4, 7);
  }

  static int taskFor(Resampler r) {
    return r instanceof MlRos ? TAGS : MAIN;
  }

  @ParameterizedTest
  @MethodSource("names")
  void registeredUnderItsName(String name) {
    Resampler r = Resamplers.byName(name);
    assertEquals(name, r.name());
    assertNotSame(r, Resamplers.byName(name));
    assertTrue(r.toString().startsWith(name), r.toString());
  }

  @ParameterizedTest
  @MethodSource("names")
  void sameSeedSameRows(String name) {
    Resampler r = Resamplers.byName(name);
    Resampled a = r.fitResample(data(), taskFor(r), 42);
    Resampled b = r.fitResample(data(), taskFor(r), 42);
    assertEquals(a.data().size(), b.data().size());
    assertTrue(Arrays.deepEquals(a.sources(), b.sources()));
    assertTrue(Arrays.deepEquals(a.data().x(), b.data().x()));
    assertTrue(Arrays.deepEquals(a.data().targets(), b.data().targets()));
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyRowTracesToItsSources(String name) {
    Resampler r = Resamplers.byName(name);
    TrainingSet in = data();
    int task = taskFor(r);
    Resampled out = r.fitResample(in, task, 3);
    for (int row = 0; row < out.data().size(); row++) {
      int[] src = out.sources()[row];
      for (int s : src) {
        assertTrue(s >= 0 && s < in.size(), name + " row " + row + " source " + s);
      }
      Target[] t = out.data().targets()[row];
      if (src.length == 1) {
        assertArrayEquals(in.x()[src[0]], out.data().x()[row]);
        assertArrayEquals(in.targets()[src[0]], t);
        continue;
      }
      assertEquals(2, src.length);
      assertTrue(out.isSynthetic(row));
      int cls = Fixtures.classOf(out.data(), row, task);
      assertEquals(cls, Fixtures.classOf(in, src[0], task), "class of the sample");
      assertEquals(cls, Fixtures.classOf(in, src[1], task), "class of the neighbour");
      for (int other = 0; other < t.length; other++) {
        if (other != task) {
          assertEquals(in.targets()[src[0]][other], t[other], "copied from the first source");
        }
      }
      Fixtures.segmentParameter(in.x()[src[0]], in.x()[src[1]], out.data().x()[row]);
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void unlabelledRowsSurviveUnchangedAndInOrder(String name) {
    Resampler r = Resamplers.byName(name);
    TrainingSet in = data();
    int task = taskFor(r);
    if (in.tasks().get(task).kind() == TaskKind.MULTI_LABEL) {
      return; // every row is labelled for a multi-label task
    }
    List<Integer> unlabelled = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      if (in.targets()[i][task].isMissing()) {
        unlabelled.add(i);
      }
    }
    Resampled out = r.fitResample(in, task, 5);
    List<Integer> seen = new ArrayList<>();
    for (int row = 0; row < out.data().size(); row++) {
      int first = out.sources()[row][0];
      if (in.targets()[first][task].isMissing()) {
        assertEquals(1, out.sources()[row].length);
        assertArrayEquals(in.x()[first], out.data().x()[row]);
        assertArrayEquals(in.targets()[first], out.data().targets()[row]);
        seen.add(first);
      }
    }
    assertEquals(unlabelled, seen);
  }

  @ParameterizedTest
  @MethodSource("names")
  void inputIsNotModified(String name) {
    Resampler r = Resamplers.byName(name);
    TrainingSet in = data();
    float[][] x = Arrays.stream(in.x()).map(float[]::clone).toArray(float[][]::new);
    Target[][] t = Arrays.stream(in.targets()).map(Target[]::clone).toArray(Target[][]::new);
    r.fitResample(in, taskFor(r), 9);
    assertTrue(Arrays.deepEquals(x, in.x()));
    assertTrue(Arrays.deepEquals(t, in.targets()));
  }

  @ParameterizedTest
  @MethodSource("names")
  void survivorsKeepInputOrderAndNewRowsComeLast(String name) {
    Resampler r = Resamplers.byName(name);
    TrainingSet in = data();
    Resampled out = r.fitResample(in, taskFor(r), 11);
    if (r.goal() == Goal.UNDER || r.goal() == Goal.CLEAN) {
      assertTrue(out.data().size() < in.size(), name + " removes rows here");
      for (int row = 0; row < out.data().size(); row++) {
        assertEquals(1, out.sources()[row].length);
        assertTrue(row == 0 || out.sources()[row][0] > out.sources()[row - 1][0]);
      }
    } else {
      for (int row = 0; row < in.size(); row++) {
        assertArrayEquals(new int[] {row}, out.sources()[row]);
      }
    }
  }
}
