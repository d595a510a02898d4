package dev.ballast.data.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ballast.data.Manifest;
import dev.ballast.data.TaskKind;
import dev.ballast.data.TaskSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real Free Spoken Digit Dataset labels: 6 speakers, 10 digits, 50 takes each. */
class FsddSplitTest {
  private static final TaskSpec DIGIT = new TaskSpec("digit", TaskKind.SINGLE_LABEL);

  private static Path labels() {
    String shared = System.getProperty("ballast.shared.dir");
    assumeTrue(shared != null, "system property ballast.shared.dir is not set");
    Path p = Path.of(shared, "datasets", "fsdd", "labels.csv");
    assumeTrue(Files.isRegularFile(p), p + " is not there");
    return p;
  }

  @Test
  void speakersNeverCrossPartsAndEveryDigitIsEverywhere() throws Exception {
    Manifest m = Manifest.read(labels(), "speaker");
    Set<String> speakers = new HashSet<>();
    m.rows().forEach(r -> speakers.add(r.group()));
    assertEquals(6, speakers.size(), "FSDD has 6 speakers");
    for (long seed = 0; seed < 10; seed++) {
      Partition p = new GroupSplitter(SplitPlan.parse("60,20,20"), seed).split(m, DIGIT);
      Map<String, String> partOfSpeaker = SplitFixtures.groupParts(p, m.rows());
      assertEquals(speakers, partOfSpeaker.keySet());
      ClassCounts counts = p.counts();
      assertEquals(List.of(4, 1, 1), p.names().stream().map(counts::groups).toList(),
          counts.table());
      assertTrue(counts.missing().isEmpty(), counts.table());
      assertEquals(List.of(2000, 500, 500), p.names().stream().map(counts::rows).toList());
    }
  }

  @Test
  void speakerFoldsHoldOneOrTwoSpeakersEach() throws Exception {
    Manifest m = Manifest.read(labels(), "speaker");
    Partition folds = new GroupKFold(3, 1).split(m, DIGIT);
    SplitFixtures.groupParts(folds, m.rows());
    for (String fold : folds.names()) {
      assertEquals(2, folds.counts().groups(fold), folds.counts().table());
    }
  }
}
