package dev.ballast.evaluation;

import static dev.ballast.evaluation.Fixtures.XYZ;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MultiLabelSetScoresTest {
  private static final double EPS = 1e-12;

  private static MultiLabelSetScores scores(ZeroDivisionGuard guard) {
    return MultiLabelSetScores.compute(XYZ, Fixtures.multiTruth(), Fixtures.multiPredicted(),
        guard);
  }

  @Test
  void hammingAndJaccardWorkedByHand() {
    ZeroDivisionGuard guard = new ZeroDivisionGuard("sounds", ZeroDivision.ZERO);
    MultiLabelSetScores s = scores(guard);
    // truth {x} {x,y} {} {};  predicted {x} {x} {y} {}
    // wrong cells: row 1 y, row 2 y -> 2 of 12
    assertEquals(1.0 / 6, s.hammingLoss().getAsDouble(), EPS);
    // rows: 1/1, 1/2, 0/1, 0/0 -> 0 (policy) -> 1.5 / 4
    assertEquals(0.375, s.jaccardSamples().getAsDouble(), EPS);
    // labels: x 2/2, y 0/2, z 0/0 -> 0 (policy) -> 1/3
    assertEquals(1.0 / 3, s.jaccardMacro(), EPS);
    assertEquals(List.of(
        "sounds: sample Jaccard of 1 row is undefined (no true and no predicted labels); set to 0",
        "sounds: Jaccard of 'z' is undefined (no true examples and no predictions); set to 0"),
        guard.warnings());
  }

  @Test
  void zeroDivisionOneScoresEmptyAgreementsAsOne() {
    MultiLabelSetScores s = scores(new ZeroDivisionGuard("sounds", ZeroDivision.ONE));
    assertEquals(2.5 / 4, s.jaccardSamples().getAsDouble(), EPS);
    assertEquals(2.0 / 3, s.jaccardMacro(), EPS);
    assertEquals(1.0 / 6, s.hammingLoss().getAsDouble(), EPS, "Hamming has no 0/0");
  }

  @Test
  void noExamplesLeavesHammingAndSampleJaccardNull() {
    ZeroDivisionGuard guard = new ZeroDivisionGuard("sounds", ZeroDivision.ZERO);
    MultiLabelSetScores s = MultiLabelSetScores.compute(XYZ, new boolean[0][], new boolean[0][],
        guard);
    assertEquals(OptionalDouble.empty(), s.hammingLoss());
    assertEquals(OptionalDouble.empty(), s.jaccardSamples());
    assertEquals("sounds: Hamming loss is undefined (no examples); reported as null",
        guard.warnings().get(0));
  }
}
