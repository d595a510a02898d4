package dev.ballast.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BinaryRankingTest {
  private static final double EPS = 1e-12;

  @Test
  void perfectRankingScoresOne() {
    double[] s = {0.1, 0.2, 0.8, 0.9};
    boolean[] pos = {false, false, true, true};
    assertEquals(1.0, BinaryRanking.rocAuc(s, pos), EPS);
    assertEquals(1.0, BinaryRanking.averagePrecision(s, pos), EPS);
  }

  @Test
  void invertedRankingScoresZeroRocAndLowAveragePrecision() {
    double[] s = {0.1, 0.2, 0.8, 0.9};
    boolean[] pos = {true, true, false, false};
    assertEquals(0.0, BinaryRanking.rocAuc(s, pos), EPS);
    // falling scores: 0.9 F, 0.8 F (recall stays 0), 0.2 T: P 1/3 R 1/2, 0.1 T: P 2/4 R 1
    // AP = (1/2 - 0) 1/3 + (1 - 1/2) 1/2 = 1/6 + 1/4 = 5/12
    assertEquals(5.0 / 12, BinaryRanking.averagePrecision(s, pos), EPS);
  }

  @Test
  void allTiedScoresCountEveryPairAsHalf() {
    double[] s = {0.5, 0.5, 0.5, 0.5};
    boolean[] pos = {true, false, true, false};
    // 2 x 2 pairs, each tied: (4 x 1/2) / 4
    assertEquals(0.5, BinaryRanking.rocAuc(s, pos), EPS);
    // one threshold takes all: P = 2/4, R = 1
    assertEquals(0.5, BinaryRanking.averagePrecision(s, pos), EPS);
  }

  @Test
  void tiesAcrossClassesCountHalfAndFormOneThreshold() {
    double[] s = {0.9, 0.7, 0.7, 0.3};
    boolean[] pos = {true, true, false, false};
    // pairs (pos, neg): (.9,.7) 1, (.9,.3) 1, (.7,.7) 1/2, (.7,.3) 1 -> 3.5 / 4
    assertEquals(0.875, BinaryRanking.rocAuc(s, pos), EPS);
    // 0.9: P 1, R 1/2; 0.7 (both tied rows): P 2/3, R 1; 0.3: R unchanged
    // AP = 1/2 x 1 + 1/2 x 2/3 = 5/6
    assertEquals(5.0 / 6, BinaryRanking.averagePrecision(s, pos), EPS);
  }

  @Test
  void onlyPositivesGiveAveragePrecisionOne() {
    assertEquals(1.0, BinaryRanking.averagePrecision(new double[] {0.2, 0.4},
        new boolean[] {true, true}), EPS);
  }
}
