package dev.ballast.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static final List<TaskSpec> SPECS = List.of(
      new TaskSpec("emotion", TaskKind.SINGLE_LABEL), new TaskSpec("sounds", TaskKind.MULTI_LABEL));

  @Test
  void readsSegmentsGroupsSingleAndMultiLabelsWithMissingCells() throws Exception {
    Path m = write("m.csv", "path,start_sec,end_sec,group,emotion,sounds\n"
        + "a.wav,0.5,1.5,spk1,anger,crackle|wheeze\n"
        + "\"sub/b, c.wav\",,,spk2,,\n"
        + "/abs/c.wav,,,spk2,neutral,wheeze\n");
    Manifest manifest = Manifest.read(m);
    List<Task> tasks = manifest.inferTasks(SPECS);
    assertEquals(List.of("anger", "neutral"), tasks.get(0).vocabulary().labels());
    assertEquals(List.of("crackle", "wheeze"), tasks.get(1).vocabulary().labels());
    List<Example> ex = manifest.examples(tasks);
    assertEquals(dir.resolve("a.wav"), ex.get(0).row().audioPath());
    assertEquals(0.5, ex.get(0).row().startSec());
    assertEquals(dir.resolve("sub/b, c.wav"), ex.get(1).row().audioPath());
    assertEquals(Path.of("/abs/c.wav"), ex.get(2).row().audioPath());
    assertEquals(new Target.Single(0), ex.get(0).targets().get(0));
    assertTrue(ex.get(1).targets().get(0).isMissing());
    assertArrayEquals(new boolean[] {true, true}, ((Target.Multi) ex.get(0).targets().get(1)).present());
    assertArrayEquals(new boolean[] {false, false}, ((Target.Multi) ex.get(1).targets().get(1)).present());
    assertEquals("spk2", ex.get(2).row().group());
    assertEquals(64, manifest.sha256().length());
  }

  @Test
  void missingPathColumnNamesTheFix() throws Exception {
    Path m = write("m.csv", "file,emotion\na.wav,anger\n");
    ManifestException e = assertThrows(ManifestException.class, () -> Manifest.read(m));
    assertEquals("manifest " + m + " has no 'path' column (header: [file, emotion]); add a column"
        + " named 'path' holding each audio file's path", e.getMessage());
  }

  @Test
  void taskWithoutColumnNamesColumn() throws Exception {
    Path m = write("m.csv", "path,emotion\na.wav,anger\nb.wav,joy\n");
    ManifestException e = assertThrows(ManifestException.class,
        () -> Manifest.read(m).inferTasks(List.of(new TaskSpec("gender", TaskKind.SINGLE_LABEL))));
    assertEquals("manifest " + m + " has no column 'gender' for task 'gender' (columns: [path, "
        + "emotion]); add the column or fix the task name", e.getMessage());
  }

  @Test
  void labelSeenOnlyAtTestTimeNamesRowColumnAndKnownLabels() throws Exception {
    Path train = write("train.csv", "path,emotion\na.wav,anger\nb.wav,joy\n");
    Path test = write("test.csv", "path,emotion\nc.wav,anger\nd.wav,disgust\n");
    List<Task> tasks = Manifest.read(train).inferTasks(
        List.of(new TaskSpec("emotion", TaskKind.SINGLE_LABEL)));
    ManifestException e = assertThrows(ManifestException.class,
        () -> Manifest.read(test).examples(tasks));
    assertEquals("manifest " + test + ", row 3, column 'emotion': label 'disgust' is not among the"
        + " labels the model knows [anger, joy]; fix the label, or retrain with examples of it",
        e.getMessage());
  }

  @Test
  void badSegmentAndRaggedRowsAreRejected() throws Exception {
    Path seg = write("seg.csv", "path,start_sec,end_sec\na.wav,2,1\n");
    assertTrue(assertThrows(ManifestException.class, () -> Manifest.read(seg)).getMessage()
        .contains("row 2: end_sec=1.0 is not after start_sec=2.0"));
    Path ragged = write("ragged.csv", "path,emotion\na.wav,anger,extra\n");
    assertTrue(assertThrows(ManifestException.class, () -> Manifest.read(ragged)).getMessage()
        .contains("row 2: 3 fields but the header has 2"));
    Path num = write("num.csv", "path,start_sec\na.wav,abc\n");
    assertTrue(assertThrows(ManifestException.class, () -> Manifest.read(num)).getMessage()
        .contains("column 'start_sec': 'abc' is not a non-negative number of seconds"));
  }

  @Test
  void groupColumnCanBeNamedAndMustExist() throws Exception {
    Path m = write("m.csv", "path,speaker,emotion\na.wav,03,anger\n");
    assertEquals("03", Manifest.read(m, "speaker").rows().get(0).group());
    assertTrue(assertThrows(ManifestException.class, () -> Manifest.read(m, "patient"))
        .getMessage().contains("no group column 'patient'"));
  }
}
