package dev.ballast.data.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.data.Manifest;
import dev.ballast.data.ManifestException;
import dev.ballast.data.ManifestRow;
import dev.ballast.data.TaskKind;
import dev.ballast.data.TaskSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupSplitterTest {
  private static final TaskSpec EMOTION = new TaskSpec("emotion", TaskKind.SINGLE_LABEL);
  private static final TaskSpec SOUNDS = new TaskSpec("sounds", TaskKind.MULTI_LABEL);
  private static final SplitPlan SIXTY_TWENTY_TWENTY = SplitPlan.parse("60,20,20");

  @TempDir Path dir;

  @Test
  void groupsNeverCrossPartsForAnySeed() throws Exception {
    Manifest m = SplitFixtures.skewed(dir);
    Manifest multi = SplitFixtures.multiLabel(dir);
    for (long seed = 0; seed < 25; seed++) {
      Partition p = new GroupSplitter(SIXTY_TWENTY_TWENTY, seed).split(m, EMOTION);
      assertEquals(30, SplitFixtures.groupParts(p, m.rows()).size());
      Partition q = new GroupSplitter(SplitPlan.parse("50,30,10,10"), seed).split(multi, SOUNDS);
      assertEquals(24, SplitFixtures.groupParts(q, multi.rows()).size());
    }
  }

  @Test
  void partSizesAndClassSharesFollowTheRatios() throws Exception {
    Manifest m = SplitFixtures.skewed(dir);
    double[] shares = SIXTY_TWENTY_TWENTY.shares();
    int n = m.rows().size();
    double worstSize = 0;
    double worstClass = 0;
    for (long seed = 0; seed < 10; seed++) {
      ClassCounts counts = new GroupSplitter(SIXTY_TWENTY_TWENTY, seed).split(m, EMOTION).counts();
      for (int p = 0; p < 3; p++) {
        String part = counts.parts().get(p);
        worstSize = Math.max(worstSize, Math.abs(counts.rows(part) / (double) n - shares[p]));
        for (String label : List.of("a", "b", "c", "d")) {
          int whole = 0;
          for (String q : counts.parts()) {
            whole += counts.count(label, q);
          }
          double share = counts.count(label, part) / (double) counts.rows(part);
          double wholeShare = whole / (double) n;
          worstClass = Math.max(worstClass, Math.abs(share - wholeShare));
        }
      }
    }
    assertTrue(worstSize < 0.04, "part share off its ratio by " + worstSize);
    assertTrue(worstClass < 0.03, "class share off the whole's by " + worstClass);
  }

  @Test
  void rareClassInThreeGroupsReachesEveryPart() throws Exception {
    Manifest m = SplitFixtures.skewed(dir);
    for (long seed = 0; seed < 25; seed++) {
      Partition p = new GroupSplitter(SIXTY_TWENTY_TWENTY, seed).split(m, EMOTION);
      for (String part : p.names()) {
        assertEquals(2, p.counts().count("rare", part), "seed " + seed + ", part " + part);
      }
      assertTrue(p.counts().missing().isEmpty(), p.counts().missing().toString());
    }
  }

  @Test
  void iterativeStratificationSpreadsARareLabel() throws Exception {
    Manifest m = SplitFixtures.multiLabel(dir);
    for (long seed = 0; seed < 25; seed++) {
      ClassCounts counts = new GroupSplitter(SIXTY_TWENTY_TWENTY, seed).split(m, SOUNDS).counts();
      assertEquals(List.of("crackle", "stridor", "wheeze"), counts.labels());
      for (String part : counts.parts()) {
        assertEquals(3, counts.count("stridor", part), "seed " + seed + "\n" + counts.table());
      }
      int n = m.rows().size();
      for (String label : List.of("crackle", "wheeze")) {
        int whole = counts.count(label, "train") + counts.count(label, "dev")
            + counts.count(label, "test");
        for (String part : counts.parts()) {
          double share = counts.count(label, part) / (double) counts.rows(part);
          assertTrue(Math.abs(share - whole / (double) n) < 0.08, label + " in " + part + "\n"
              + counts.table());
        }
      }
    }
  }

  @Test
  void unlabelledRowsMoveWithTheirGroup() throws Exception {
    Manifest m = SplitFixtures.write(dir, "m.csv", "path,group,emotion\n"
        + "a1.wav,a,x\na2.wav,a,\nb1.wav,b,y\nb2.wav,b,\nc1.wav,c,\nc2.wav,c,\n");
    Partition p = new GroupSplitter(SplitPlan.parse("1,1,1"), 3).split(m, EMOTION);
    Map<String, String> parts = SplitFixtures.groupParts(p, m.rows());
    assertEquals(3, new java.util.HashSet<>(parts.values()).size());
    for (Partition.Part part : p.parts()) {
      assertEquals(2, part.rows().size());
    }
    assertEquals(2, p.counts().unlabelled(parts.get("c")));
  }

  @Test
  void sameSeedSameSplitAndTheSeedBreaksTies() throws Exception {
    Manifest m = SplitFixtures.skewed(dir);
    assertEquals(new GroupSplitter(SIXTY_TWENTY_TWENTY, 11).split(m, EMOTION).parts(),
        new GroupSplitter(SIXTY_TWENTY_TWENTY, 11).split(m, EMOTION).parts());
    // ten speakers alike in every way: only the seed decides who goes where
    StringBuilder sb = new StringBuilder("path,group,emotion\n");
    for (int g = 0; g < 10; g++) {
      sb.append("s").append(g).append("a.wav,s").append(g).append(",x\n");
      sb.append("s").append(g).append("b.wav,s").append(g).append(",y\n");
    }
    Manifest alike = SplitFixtures.write(dir, "alike.csv", sb.toString());
    java.util.Set<List<Partition.Part>> outcomes = new java.util.HashSet<>();
    for (long seed = 0; seed < 5; seed++) {
      Partition p = new GroupSplitter(SIXTY_TWENTY_TWENTY, seed).split(alike, EMOTION);
      assertEquals(List.of(6, 2, 2), p.names().stream().map(n -> p.counts().groups(n)).toList());
      outcomes.add(p.parts());
    }
    assertTrue(outcomes.size() > 1, "the seed changes nothing");
  }

  @Test
  void stratifiedSplitsTrackTheWholeBetterThanRandomGroupSplits() throws Exception {
    for (boolean multi : new boolean[] {false, true}) {
      Manifest m = multi ? SplitFixtures.multiLabel(dir) : SplitFixtures.skewed(dir);
      TaskSpec task = multi ? SOUNDS : EMOTION;
      double ours = 0;
      double random = 0;
      for (long seed = 0; seed < 20; seed++) {
        ours += worstShareGap(new GroupSplitter(SIXTY_TWENTY_TWENTY, seed).split(m, task));
        random += worstShareGap(randomGroupSplit(m, task, seed));
      }
      assertTrue(ours < 0.8 * random, (multi ? "multi" : "single") + "-label: mean worst gap "
          + ours / 20 + " vs " + random / 20 + " for random group splits");
    }
  }

  /** Largest gap between a label's share of a part's rows and of the whole's. */
  private static double worstShareGap(Partition p) {
    ClassCounts c = p.counts();
    int n = 0;
    for (String part : c.parts()) {
      n += c.rows(part);
    }
    double worst = 0;
    for (String label : c.labels()) {
      int whole = 0;
      for (String part : c.parts()) {
        whole += c.count(label, part);
      }
      for (String part : c.parts()) {
        worst = Math.max(worst, Math.abs(c.count(label, part) / (double) c.rows(part)
            - whole / (double) n));
      }
    }
    return worst;
  }

  /** Baseline: groups in seeded random order, each to the part wanting the most rows. */
  private static Partition randomGroupSplit(Manifest m, TaskSpec task, long seed) {
    Groups groups = Groups.of(m.rows(), task);
    java.util.Random random = new java.util.Random(seed);
    Fill fill = new Fill(groups, SIXTY_TWENTY_TWENTY.shares());
    for (int g : GroupAssigner.shuffledGroups(groups, random)) {
      fill.assign(g, fill.choose(g, fill::rowDemand, random));
    }
    int[] partOfGroup = fill.partOf();
    int[] partOfRow = new int[m.rows().size()];
    for (int g = 0; g < groups.count(); g++) {
      for (int i : groups.members(g)) {
        partOfRow[i] = partOfGroup[g];
      }
    }
    return new Partition(SIXTY_TWENTY_TWENTY.names(), m.rows(), partOfRow, task);
  }

  @Test
  void ratiosAreWeightsAndNamesFollowThePartCount() {
    assertEquals(List.of("train", "dev", "test"), SplitPlan.parse("3,1,1").names());
    assertEquals(List.of("train", "test"), SplitPlan.parse("80, 20").names());
    assertEquals(List.of("part1", "part2", "part3", "part4"), SplitPlan.parse("1,1,1,1").names());
    double[] shares = SplitPlan.parse("3,1,1").shares();
    assertEquals(0.6, shares[0], 1e-12);
    assertEquals(0.2, shares[2], 1e-12);
  }

  @Test
  void ratiosGiveTheSameSplitWhetherOrNotTheySumTo100() throws Exception {
    Manifest m = SplitFixtures.skewed(dir);
    assertEquals(new GroupSplitter(SplitPlan.parse("60,20,20"), 5).split(m, EMOTION).parts(),
        new GroupSplitter(SplitPlan.parse("3,1,1"), 5).split(m, EMOTION).parts());
  }

  @Test
  void aTinyPartStillGetsAGroup() throws Exception {
    Manifest m = SplitFixtures.write(dir, "m.csv", "path,group,emotion\n"
        + "a1.wav,a,x\na2.wav,a,y\nb1.wav,b,x\nb2.wav,b,y\nc1.wav,c,x\nc2.wav,c,y\n");
    for (long seed = 0; seed < 5; seed++) {
      Partition p = new GroupSplitter(SplitPlan.parse("98,1,1"), seed).split(m, EMOTION);
      for (String part : p.names()) {
        assertEquals(1, p.counts().groups(part), part);
      }
    }
  }

  @Test
  void classCountsTableAndMissingClassMessages() throws Exception {
    Manifest m = SplitFixtures.write(dir, "m.csv", "path,group,emotion\n"
        + "a1.wav,a,x\na2.wav,a,x\nb1.wav,b,y\nb2.wav,b,\n");
    Partition p = new GroupSplitter(SplitPlan.parse("50,50"), 0).split(m, EMOTION);
    String train = p.part("train").rows().get(0).group();
    ClassCounts counts = p.counts();
    String expected = train.equals("a")
        ? "class         train  test\nx                 2     0\ny                 0     1\n"
            + "(unlabelled)      0     1\nrows              2     2\ngroups            1     1\n"
        : "class         train  test\nx                 0     2\ny                 1     0\n"
            + "(unlabelled)      1     0\nrows              2     2\ngroups            1     1\n";
    assertEquals(expected, counts.table());
    List<String> messages = counts.missing().stream().map(ClassCounts.Missing::message).toList();
    assertEquals(train.equals("a")
        ? List.of("class 'x' is missing from part 'test'", "class 'y' is missing from part 'train'")
        : List.of("class 'x' is missing from part 'train'",
            "class 'y' is missing from part 'test'"),
        messages);
  }

  @Test
  void errorsNameTheConstraintTheValueAndTheFix() throws Exception {
    assertEquals("a split needs at least 2 parts, got 1 ratio(s) [100.0]; give one ratio per part,"
        + " e.g. 60,20,20", assertThrows(IllegalArgumentException.class,
            () -> SplitPlan.parse("100")).getMessage());
    assertEquals("split ratio 2 of [60.0, 0.0, 40.0] must be a positive number, got 0.0; give"
        + " every part a positive ratio or drop the part", assertThrows(
            IllegalArgumentException.class, () -> SplitPlan.parse("60,0,40")).getMessage());
    assertEquals("split ratios '60;20;20': '60;20;20' is not a number; write the ratios as"
        + " comma-separated numbers, e.g. 60,20,20", assertThrows(IllegalArgumentException.class,
            () -> SplitPlan.parse("60;20;20")).getMessage());
    assertEquals("a split with 2 ratios needs 2 part names, got 3 [a, b, c]; give one name per"
        + " ratio", assertThrows(IllegalArgumentException.class,
            () -> new SplitPlan(List.of("a", "b", "c"), List.of(1.0, 1.0))).getMessage());
    assertEquals("part names must be distinct and non-blank, got [a, a]; rename the parts",
        assertThrows(IllegalArgumentException.class,
            () -> new SplitPlan(List.of("a", "a"), List.of(1.0, 1.0))).getMessage());

    Manifest m = SplitFixtures.write(dir, "m.csv", "path,speaker,emotion\n"
        + "a.wav,s1,x\nb.wav,s2,y\nc.wav,s2,x\n");
    Manifest bySpeaker = Manifest.read(m.file(), "speaker");
    assertEquals("cannot split 2 group(s) into 3 parts: every part needs at least one group; use"
        + " at most 2 parts, or a finer group column", assertThrows(IllegalArgumentException.class,
            () -> new GroupSplitter(SIXTY_TWENTY_TWENTY, 0).split(bySpeaker, EMOTION))
            .getMessage());
    assertEquals("manifest " + m.file() + " has no column 'gender' for task 'gender' (columns:"
        + " [path, speaker, emotion]); add the column or fix the task name", assertThrows(
            ManifestException.class, () -> new GroupSplitter(SIXTY_TWENTY_TWENTY, 0).split(m,
                new TaskSpec("gender", TaskKind.SINGLE_LABEL))).getMessage());
    List<ManifestRow> rows = m.rows();
    assertEquals("row 2 has no column 'gender' to stratify by (columns: [emotion, path, speaker]);"
        + " fix the task name or add the column", assertThrows(IllegalArgumentException.class,
            () -> new GroupSplitter(SIXTY_TWENTY_TWENTY, 0).split(rows,
                new TaskSpec("gender", TaskKind.SINGLE_LABEL))).getMessage());
  }
}
