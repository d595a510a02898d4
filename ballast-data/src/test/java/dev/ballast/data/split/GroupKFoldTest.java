package dev.ballast.data.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.data.Manifest;
import dev.ballast.data.ManifestRow;
import dev.ballast.data.TaskKind;
import dev.ballast.data.TaskSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupKFoldTest {
  private static final TaskSpec EMOTION = new TaskSpec("emotion", TaskKind.SINGLE_LABEL);
  private static final TaskSpec SOUNDS = new TaskSpec("sounds", TaskKind.MULTI_LABEL);

  @TempDir Path dir;

  @Test
  void everyRowIsTestedExactlyOnceAndTrainIsTheRest() throws Exception {
    Manifest m = SplitFixtures.skewed(dir);
    for (long seed = 0; seed < 5; seed++) {
      Partition folds = new GroupKFold(5, seed).split(m, EMOTION);
      assertEquals(List.of("fold-1", "fold-2", "fold-3", "fold-4", "fold-5"), folds.names());
      SplitFixtures.groupParts(folds, m.rows());
      List<ManifestRow> tested = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        Partition fold = folds.holdOut(i);
        assertEquals(List.of("train", "test"), fold.names());
        SplitFixtures.groupParts(fold, m.rows());
        assertEquals(folds.part(i).rows(), fold.part("test").rows());
        tested.addAll(fold.part("test").rows());
        double share = fold.counts().rows("test") / (double) m.rows().size();
        assertTrue(Math.abs(share - 0.2) < 0.03, "fold " + (i + 1) + " holds " + share
            + " of the rows\n" + folds.counts().table());
      }
      assertEquals(m.rows().size(), tested.size());
      assertEquals(new HashSet<>(m.rows()), new HashSet<>(tested));
    }
  }

  @Test
  void foldsAreStratifiedAndDeterministic() throws Exception {
    Manifest m = SplitFixtures.skewed(dir);
    Partition folds = new GroupKFold(3, 4).split(m, EMOTION);
    assertEquals(folds.parts(), new GroupKFold(3, 4).split(m, EMOTION).parts());
    ClassCounts counts = folds.counts();
    for (String fold : counts.parts()) {
      assertEquals(2, counts.count("rare", fold), counts.table());
      double share = counts.count("d", fold) / (double) counts.rows(fold);
      int whole = 0;
      for (String f : counts.parts()) {
        whole += counts.count("d", f);
      }
      assertTrue(Math.abs(share - whole / (double) m.rows().size()) < 0.02, counts.table());
    }
  }

  @Test
  void multiLabelFoldsSpreadTheRareLabel() throws Exception {
    Manifest m = SplitFixtures.multiLabel(dir);
    ClassCounts counts = new GroupKFold(3, 0).split(m, SOUNDS).counts();
    for (String fold : counts.parts()) {
      assertEquals(3, counts.count("stridor", fold), counts.table());
    }
  }

  @Test
  void foldErrorsNameTheConstraintTheValueAndTheFix() throws Exception {
    assertEquals("k-fold needs at least 2 folds, got 1; use K >= 2, e.g. 5",
        assertThrows(IllegalArgumentException.class, () -> new GroupKFold(1, 0)).getMessage());
    Manifest m = SplitFixtures.write(dir, "m.csv", "path,group,emotion\n"
        + "a.wav,s1,x\nb.wav,s2,y\nc.wav,s3,x\n");
    assertEquals("cannot make 4 folds from 3 group(s): every fold needs at least one group; use at"
        + " most 3 folds, or a finer group column", assertThrows(IllegalArgumentException.class,
            () -> new GroupKFold(4, 0).split(m, EMOTION)).getMessage());
    Set<String> groups = new HashSet<>();
    for (Partition.Part p : new GroupKFold(3, 0).split(m, EMOTION).parts()) {
      assertEquals(1, p.rows().size());
      groups.add(p.rows().get(0).group());
    }
    assertEquals(3, groups.size());
  }
}
