package dev.ballast.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CorpusPlanTest {

  @Test
  void allocationFollowsSharesWithAMinimumTakenFromTheMajority() {
    int[] counts = CorpusPlan.allocate(1000, new double[] {0.001, 0.099, 0.9}, 5);
    assertArrayEquals(new int[] {5, 99, 896}, counts);
  }

  @Test
  void allocationThatCannotMeetTheMinimumSaysSo() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CorpusPlan.allocate(10, new double[] {0.5, 0.5, 0.0}, 4));
    assertEquals("10 rows cannot give 3 classes 4 rows each; raise the number of rows or lower"
        + " the minimum", e.getMessage());
  }

  @Test
  void defaultSizedTrainPlanMeetsMinimumsAndBalancesGender() {
    List<CorpusPlan.Speaker> plan = CorpusPlan.plan(1200, 5, 120, 1, new SplittableRandom(1));
    int[] age = new int[AgeGroup.values().length];
    int[] dialect = new int[Dialect.values().length];
    int[] emotion = new int[Emotion.values().length];
    int rows = 0;
    int female = 0;
    int unlabelled = 0;
    for (CorpusPlan.Speaker s : plan) {
      int n = s.emotions().size();
      assertTrue(n >= 1 && n <= 6, "utterances per speaker: " + n);
      rows += n;
      if (s.ageLabelled()) {
        age[s.age().ordinal()] += n;
      } else {
        unlabelled += n;
      }
      dialect[s.dialect().ordinal()] += n;
      female += s.gender() == Gender.FEMALE ? n : 0;
      for (Emotion e : s.emotions()) {
        emotion[e.ordinal()]++;
      }
    }
    assertEquals(1200, rows);
    assertEquals(120, unlabelled);
    assertEquals(600, female, 6);
    for (int[] counts : new int[][] {age, dialect, emotion}) {
      for (int c : counts) {
        assertTrue(c >= 5, java.util.Arrays.toString(counts));
      }
    }
    assertEquals(Math.round(0.8810 * 1200), dialect[Dialect.NORTH.ordinal()], 20);
    assertTrue(emotion[Emotion.NEUTRAL.ordinal()] > 1150);
  }

  @Test
  void rareClassesComeFromOneUtterancePerSpeaker() {
    List<CorpusPlan.Speaker> plan = CorpusPlan.plan(1200, 5, 120, 1, new SplittableRandom(2));
    for (CorpusPlan.Speaker s : plan) {
      boolean rare = (s.ageLabelled() && (s.age() == AgeGroup.CHILD || s.age() == AgeGroup.TEEN))
          || s.dialect() == Dialect.HIGHLAND || s.dialect() == Dialect.COASTAL;
      if (rare) {
        assertEquals(1, s.emotions().size(), s.toString());
      }
    }
  }
}
