package dev.ballast.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCorpusTest {
  /** Small but complete: every class, empty age cells, minimum 3 in train and 4 in test. */
  private static final DemoCorpus.Config SMALL = new DemoCorpus.Config(80, 48, 99, 3, 4, 0.1);

  @TempDir
  static Path dir;
  private static DemoCorpus.Result result;

  @BeforeAll
  static void generate() throws IOException {
    result = DemoCorpus.generate(dir.resolve("a"), SMALL);
  }

  private static List<String[]> rows(Path manifest) throws IOException {
    List<String> lines = Files.readAllLines(manifest);
    assertEquals(DemoCorpus.HEADER_LINE, lines.get(0));
    List<String[]> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertEquals(6, cells.length, line);
      out.add(cells);
    }
    return out;
  }

  @Test
  void manifestsHaveTheHeaderAndTheRequestedRows() throws IOException {
    assertEquals(dir.resolve("a").resolve("train.csv"), result.train().manifest());
    assertEquals("path,group,gender,age,dialect,emotion",
        Files.readAllLines(result.test().manifest()).get(0));
    assertEquals(80, rows(result.train().manifest()).size());
    assertEquals(48, rows(result.test().manifest()).size());
  }

  @Test
  void everyClassMeetsItsMinimumInBothParts() throws IOException {
    for (DemoCorpus.Part part : List.of(result.train(), result.test())) {
      int min = part == result.train() ? SMALL.minPerClassTrain() : SMALL.minPerClassTest();
      Map<String, Map<String, Integer>> counted = new HashMap<>();
      for (String[] r : rows(part.manifest())) {
        for (int t = 0; t < DemoCorpus.TASKS.size(); t++) {
          if (!r[2 + t].isEmpty()) {
            counted.computeIfAbsent(DemoCorpus.TASKS.get(t), k -> new HashMap<>())
                .merge(r[2 + t], 1, Integer::sum);
          }
        }
      }
      for (String task : DemoCorpus.TASKS) {
        assertEquals(DemoCorpus.labels(task), List.copyOf(part.classCounts().get(task).keySet()));
        for (String label : DemoCorpus.labels(task)) {
          int n = counted.get(task).getOrDefault(label, 0);
          assertEquals(part.classCounts().get(task).get(label), n, task + "/" + label);
          assertTrue(n >= min, part.name() + " " + task + "/" + label + ": " + n);
        }
      }
    }
  }

  @Test
  void someTrainRowsHaveNoAgeAndTestRowsAreFullyLabelled() throws IOException {
    long emptyAge = rows(result.train().manifest()).stream().filter(r -> r[3].isEmpty()).count();
    assertEquals(8, emptyAge);
    assertEquals(8, result.train().unlabelledCounts().get("age"));
    for (String[] r : rows(result.test().manifest())) {
      for (String cell : r) {
        assertTrue(!cell.isEmpty(), String.join(",", r));
      }
    }
  }

  @Test
  void speakersDoNotCrossTrainAndTest() throws IOException {
    Set<String> train = new HashSet<>();
    rows(result.train().manifest()).forEach(r -> train.add(r[1]));
    Set<String> test = new HashSet<>();
    rows(result.test().manifest()).forEach(r -> test.add(r[1]));
    assertEquals(result.train().numSpeakers(), train.size());
    assertEquals(result.test().numSpeakers(), test.size());
    test.retainAll(train);
    assertEquals(Set.of(), test);
  }

  @Test
  void aSpeakerKeepsGenderAgeAndDialect() throws IOException {
    Map<String, String> seen = new HashMap<>();
    for (String[] r : rows(result.train().manifest())) {
      String labels = r[2] + "," + r[3] + "," + r[4];
      assertEquals(seen.computeIfAbsent(r[1], k -> labels), labels, r[1]);
    }
  }

  @Test
  void pathsAreRelativeAndHold16BitSixteenKilohertzAudio() throws Exception {
    AudioReader reader = AudioReader.withInstalledDecoders();
    List<String[]> rows = rows(result.test().manifest());
    for (String[] r : rows.subList(0, 5)) {
      assertTrue(r[0].startsWith("wav/test/"), r[0]);
      Path wav = result.test().manifest().getParent().resolve(r[0]);
      byte[] bytes = Files.readAllBytes(wav);
      assertEquals(16, bytes[34] | (bytes[35] << 8), "bits per sample");
      AudioClip clip = reader.read(wav);
      assertEquals(16000, clip.sampleRateHz());
      assertTrue(clip.durationSec() >= 1.0 && clip.durationSec() <= 2.0, "" + clip.durationSec());
    }
  }

  @Test
  void sameConfigGivesIdenticalBytes() throws IOException {
    Path again = dir.resolve("b");
    DemoCorpus.generate(again, SMALL);
    Path first = dir.resolve("a");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(first)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertEquals(2 + 80 + 48, files.size());
    for (Path f : files) {
      assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(first
          .relativize(f))), f.toString());
    }
  }

  @Test
  void skewTableListsEveryLabel() {
    String table = result.skewTable();
    for (String task : DemoCorpus.TASKS) {
      for (String label : DemoCorpus.labels(task)) {
        assertTrue(table.contains(label), label);
      }
    }
    assertTrue(table.contains("(unlabelled)"));
  }

  @Test
  void labelNamesAreReadable() {
    assertEquals(List.of("female", "male"), DemoCorpus.labels("gender"));
    assertEquals(List.of("child", "middle_aged", "senior", "teen", "young_adult"),
        DemoCorpus.labels("age"));
    assertEquals(List.of("central", "coastal", "highland", "north", "south"),
        DemoCorpus.labels("dialect"));
    assertEquals(List.of("anger", "boredom", "disgust", "fear", "happiness", "neutral", "sadness",
        "surprise"), DemoCorpus.labels("emotion"));
  }

  @Test
  void configThatCannotHoldTheMinimumsSaysWhatToChange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DemoCorpus.Config.of(1200, 40, 1));
    assertEquals("numTest must be in [64, 200000] (8 emotion classes x minPerClassTest=8), got"
        + " 40; raise numTest or lower minPerClassTest", e.getMessage());
    IllegalArgumentException noMinimum = assertThrows(IllegalArgumentException.class,
        () -> new DemoCorpus.Config(1200, 500, 1, 0, 8, 0.1));
    assertEquals("minPerClassTrain must be at least 1 so every class exists in train, got 0;"
        + " pass e.g. 5", noMinimum.getMessage());
  }

  @Test
  void unknownTaskIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DemoCorpus.labels("accent"));
    assertEquals("unknown task 'accent'; the demo corpus has [gender, age, dialect, emotion]",
        e.getMessage());
  }
}
