package dev.ballast.training.resampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResamplersTest {
  @Test
  void namesAndDefaults() {
    assertEquals(List.of("none", "random-over", "random-under", "smote", "borderline-smote",
        "adasyn", "tomek", "enn", "ml-ros"), Resamplers.names());
    assertEquals("smote(k=5, strategy=NOT_MAJORITY)", Resamplers.byName("smote").toString());
    assertEquals("borderline-smote(k=5, m=10, strategy=NOT_MAJORITY)",
        Resamplers.byName("borderline-smote").toString());
    assertEquals("random-under(strategy=NOT_MINORITY)",
        Resamplers.byName("random-under").toString());
    assertEquals("enn(k=3, rule=MODE, strategy=NOT_MINORITY)", Resamplers.byName("enn").toString());
    assertEquals("ml-ros(cloneFraction=0.25)", Resamplers.byName("ml-ros").toString());
    assertInstanceOf(TomekLinks.class, Resamplers.byName("tomek"));
    assertInstanceOf(Adasyn.class, Resamplers.byName("adasyn"));
    assertInstanceOf(NoResampling.class, Resamplers.byName("none"));
  }

  @Test
  void countsToStringIsInLabelOrder() {
    assertEquals("Counts[perClass={a=1, b=2, c=3}]",
        SamplingStrategy.counts(java.util.Map.of("c", 3, "a", 1, "b", 2)).toString());
  }
}
