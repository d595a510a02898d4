package dev.ballast.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitAndLongTailTest {
  @TempDir Path dir;

  private Manifest corpus() throws Exception {
    StringBuilder sb = new StringBuilder("path,group,emotion\n");
    String[] labels = {"a", "a", "a", "a", "b", "b", "c"};
    for (int spk = 0; spk < 10; spk++) {
      for (int i = 0; i < labels.length; i++) {
        sb.append("s").append(spk).append('_').append(i).append(".wav,spk").append(spk).append(',')
            .append(labels[i]).append('\n');
      }
    }
    Path p = dir.resolve("m.csv");
    Files.writeString(p, sb);
    return Manifest.read(p);
  }

  @Test
  void splitKeepsGroupsApartAndClassesInBothParts() throws Exception {
    Manifest m = corpus();
    List<Task> tasks = m.inferTasks(List.of(new TaskSpec("emotion", TaskKind.SINGLE_LABEL)));
    List<Example> ex = m.examples(tasks);
    int[][] parts = GroupStratifiedSplit.split(ex, 0, 3, 0.2, 7);
    assertEquals(ex.size(), parts[0].length + parts[1].length);
    Set<String> g0 = new HashSet<>();
    Set<String> g1 = new HashSet<>();
    for (int i : parts[0]) {
      g0.add(ex.get(i).row().group());
    }
    for (int i : parts[1]) {
      g1.add(ex.get(i).row().group());
    }
    g0.retainAll(g1);
    assertTrue(g0.isEmpty(), "groups in both parts: " + g0);
    assertEquals(14, parts[1].length, "two of ten speakers held out");
    assertEquals(List.of(parts[1].length), List.of(
        GroupStratifiedSplit.split(ex, 0, 3, 0.2, 7)[1].length), "deterministic");
  }

  @Test
  void longTailFollowsTheExponentialProfile() {
    Map<String, Integer> t = LongTail.targets(Map.of("anger", 84, "neutral", 56, "boredom", 50,
        "happiness", 46, "fear", 42, "sadness", 39, "disgust", 22), 20, LongTail.Profile.EXP);
    assertEquals(List.of(84, 51, 31, 19, 11, 7, 4), List.copyOf(t.values()));
    assertEquals(List.of("anger", "neutral", "boredom", "happiness", "fear", "sadness", "disgust"),
        List.copyOf(t.keySet()));
  }

  @Test
  void longTailSubsampleKeepsTargetsAndWritesRelativePaths() throws Exception {
    Manifest m = corpus();
    List<ManifestRow> rows = LongTail.subsample(m, "emotion", 10, LongTail.Profile.EXP, 1);
    long a = rows.stream().filter(r -> r.cells().get("emotion").equals("a")).count();
    long c = rows.stream().filter(r -> r.cells().get("emotion").equals("c")).count();
    assertEquals(40, a);
    assertEquals(4, c);
    Path out = dir.resolve("sub/lt.csv");
    ManifestWriter.write(out, m.header(), rows);
    Manifest back = Manifest.read(out);
    assertEquals(rows.get(0).audioPath(), back.rows().get(0).audioPath());
    assertTrue(Files.readString(out).contains("../s0_"), Files.readString(out));
  }
}
