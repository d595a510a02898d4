package dev.ballast.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import dev.ballast.evaluation.EvaluationReport;
import dev.ballast.evaluation.TaskEvaluation;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  private static final Pattern EMBEDDED = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"");
  private static ReportFixtures fixtures;

  @TempDir
  Path dir;

  @BeforeAll
  static void fixtures() {
    fixtures = new ReportFixtures(7L);
  }

  private List<Path> writeFull() throws IOException {
    return HtmlReport.write(dir, "Run <42> & co", fixtures.report,
        List.of(fixtures.emotion, fixtures.events), ReportFixtures.trainingSupport(),
        ReportFixtures.provenance());
  }

  @Test
  void writesThePageAndEveryFigureAsDecodablePng() throws IOException {
    List<Path> written = writeFull();
    Path figures = dir.resolve("figures");
    List<Path> expected = new ArrayList<>(List.of(dir.resolve("report.html")));
    for (String name : List.of("emotion-confusion", "emotion-confusion-normalised",
        "emotion-f1-vs-support", "emotion-roc", "emotion-reliability", "events-confusion",
        "events-confusion-normalised", "events-roc", "events-reliability")) {
      expected.add(figures.resolve(name + ".png"));
    }
    assertEquals(expected, written);
    for (Path png : written.subList(1, written.size())) {
      BufferedImage image = ImageIO.read(png.toFile());
      assertNotNull(image, png + " is not a PNG ImageIO can read");
      assertTrue(image.getWidth() >= 400 && image.getWidth() <= 2000, png + " " + image.getWidth());
      assertTrue(image.getHeight() >= 200 && image.getHeight() <= 2000,
          png + " " + image.getHeight());
    }
  }

  @Test
  void noTrainingSupportMeansNoF1Figure() throws IOException {
    List<Path> written = HtmlReport.write(dir, "t", fixtures.report, List.of(fixtures.emotion),
        Map.of(), Map.of());
    assertFalse(Files.exists(dir.resolve("figures/emotion-f1-vs-support.png")));
    assertFalse(Files.exists(dir.resolve("figures/events-roc.png")));
    assertEquals(1 + 4 + 0, written.size()); // page, emotion without f1; events has no decisions
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("training support unknown"));
    assertTrue(html.contains("Per-label confusion counts: the decisions were not given."));
    assertTrue(html.contains("ROC curves and reliability diagram: no class probabilities"));
  }

  @Test
  void embedsExactlyTheWrittenFigures() throws IOException {
    List<Path> written = writeFull();
    String html = Files.readString(dir.resolve("report.html"));
    Matcher m = EMBEDDED.matcher(html);
    List<byte[]> embedded = new ArrayList<>();
    while (m.find()) {
      embedded.add(Base64.getDecoder().decode(m.group(1)));
    }
    assertEquals(written.size() - 1, embedded.size());
    for (int i = 0; i < embedded.size(); i++) {
      assertArrayEquals(Files.readAllBytes(written.get(i + 1)), embedded.get(i));
    }
    assertEquals(embedded.size(), html.split("<img ", -1).length - 1);
  }

  @Test
  void pageIsSelfContained() throws IOException {
    writeFull();
    String html = Files.readString(dir.resolve("report.html"));
    assertFalse(html.contains("http://"), "no http resource");
    assertFalse(html.contains("https://"), "no https resource");
    assertFalse(html.toLowerCase().contains("<script"), "no scripts");
    assertFalse(html.toLowerCase().contains("<link"), "no linked stylesheets");
    Matcher src = Pattern.compile("(src|href)=\"([^\"]*)\"").matcher(html);
    while (src.find()) {
      String target = src.group(2);
      assertTrue(target.startsWith("data:image/png;base64,") || target.startsWith("#"), target);
    }
  }

  @Test
  void showsEveryLabelEscaped() throws IOException {
    writeFull();
    String html = Files.readString(dir.resolve("report.html"));
    for (String label : List.of("neutral", "happy", "sad", "cough", "wheeze", "crackle")) {
      assertTrue(html.contains("<td class=\"label\">" + label + "</td>"), label);
    }
    assertTrue(html.contains("<td class=\"label\">&lt;b&gt;&amp;</td>"));
    assertFalse(html.contains("<b>&"), "raw label must not reach the page");
    assertTrue(html.contains("<title>Run &lt;42&gt; &amp; co</title>"));
  }

  @Test
  void listsProvenanceAndSkippedFilesEscaped() throws IOException {
    writeFull();
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("<th>model</th><td class=\"key\">runs/&lt;model&gt;.bundle</td>"));
    assertTrue(html.contains("<th>seed</th><td class=\"key\">42</td>"));
    assertTrue(html.contains("&quot;loss&quot; : &quot;focal&quot;"), "nested value as JSON");
    assertTrue(html.contains("clips/&lt;script&gt;alert(1)&lt;/script&gt;.wav"));
    assertTrue(html.contains("decode failed: &quot;bad header&quot; &amp; truncated"));
    assertFalse(html.contains("<script>"));
  }

  @Test
  void saysNoneWithoutSkippedFilesOrProvenance() throws IOException {
    EvaluationReport clean = new EvaluationReport(fixtures.report.tasks(), List.of());
    HtmlReport.write(dir, "t", clean, List.of(), Map.of(), Map.of());
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("<h2>Skipped files</h2>\n<p>none</p>"));
    assertTrue(html.contains("no provenance recorded for this run"));
  }

  @Test
  void showsHeadlineNumbersWarningsAndIntervals() throws IOException {
    writeFull();
    String html = Files.readString(dir.resolve("report.html"));
    for (String heading : List.of("balanced accuracy", "macro-F1", "min-class recall", "ECE",
        "macro ROC-AUC", "ROC-AUC</th><th>PR-AUC", "training support", "subset accuracy")) {
      assertTrue(html.contains(heading), heading);
    }
    assertTrue(html.contains("<span class=\"ci\">["), "bootstrap interval shown");
    String macroF1 = Html.number(fixtures.report.tasks().get(0).metrics().macroF1());
    assertTrue(html.contains(macroF1), macroF1);
  }

  @Test
  void rejectsPredictionsForATaskTheReportDoesNotHave() {
    EvaluationReport onlyEmotion =
        new EvaluationReport(List.of(fixtures.report.tasks().get(0)), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HtmlReport.write(dir, "t", onlyEmotion, List.of(fixtures.events), Map.of(),
            Map.of()));
    assertEquals("predictions given for task 'events' but the report has no such task; it"
        + " evaluated ['emotion']. Pass predictions only for evaluated tasks", e.getMessage());
  }

  @Test
  void rejectsTwoPredictionsForOneTask() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HtmlReport.write(dir, "t", fixtures.report,
            List.of(fixtures.emotion, fixtures.emotion), Map.of(), Map.of()));
    assertEquals("predictions for task 'emotion' appear twice; pass one TaskPredictions per task",
        e.getMessage());
  }

  @Test
  void rejectsPredictionsWhoseTruthTheReportDidNotCount() {
    TaskPredictions other = new ReportFixtures(8L).events;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HtmlReport.write(dir, "t", fixtures.report, List.of(other), Map.of(), Map.of()));
    assertTrue(e.getMessage().startsWith("predictions for task 'events' hold "), e.getMessage());
    assertTrue(e.getMessage().endsWith("; pass the predictions the report was computed from"),
        e.getMessage());
  }

  @Test
  void rejectsTrainingSupportOfTheWrongLength() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HtmlReport.write(dir, "t", fixtures.report, List.of(),
            Map.of("emotion", new long[] {1, 2}), Map.of()));
    assertEquals("training support of task 'emotion' has 2 entries but the task has 4 labels"
        + " [neutral, happy, <b>&, sad]; pass one count per label in vocabulary order",
        e.getMessage());
  }

  @Test
  void rejectsNegativeTrainingSupport() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HtmlReport.write(dir, "t", fixtures.report, List.of(),
            Map.of("emotion", new long[] {1, -2, 3, 4}), Map.of()));
    assertEquals("training support of 'happy' in task 'emotion' is -2; counts are 0 or more",
        e.getMessage());
  }

  @Test
  void aLabelWithoutPositivesHasNoRocCurveAndANote() throws IOException {
    Task task = new Task("rare", TaskKind.MULTI_LABEL,
        new LabelVocabulary(List.of("common", "never")));
    boolean[][] truth = {{true, false}, {false, false}, {true, false}, {false, false}};
    boolean[][] predicted = {{true, false}, {true, false}, {false, false}, {false, false}};
    float[][] probs = {{0.9f, 0.1f}, {0.6f, 0.2f}, {0.4f, 0.1f}, {0.1f, 0.3f}};
    EvaluationReport report = new EvaluationReport(
        List.of(TaskEvaluation.multiLabel(task, truth, predicted, probs)), List.of());
    List<Path> written = HtmlReport.write(dir, "t", report,
        List.of(TaskPredictions.multiLabel(task, truth, predicted, probs)), Map.of(), Map.of());
    assertTrue(written.contains(dir.resolve("figures/rare-roc.png")));
    assertTrue(Files.readString(dir.resolve("report.html"))
        .contains("No ROC curve for &#39;never&#39;: no true examples."));
  }

  @Test
  void manyClassesStillGiveReadableSizes() throws IOException {
    List<String> labels = new ArrayList<>();
    for (int c = 0; c < 40; c++) {
      labels.add("a fairly long class name number " + c);
    }
    Task task = new Task("many", TaskKind.SINGLE_LABEL, new LabelVocabulary(labels));
    int[] truth = new int[400];
    int[] predicted = new int[400];
    float[][] probs = new float[400][40];
    for (int i = 0; i < 400; i++) {
      truth[i] = i % 40;
      predicted[i] = i % 7 == 0 ? (i + 1) % 40 : i % 40;
      Arrays.fill(probs[i], 0.2f / 39);
      probs[i][predicted[i]] = 0.8f;
    }
    EvaluationReport report = new EvaluationReport(
        List.of(TaskEvaluation.singleLabel(task, truth, predicted, probs)), List.of());
    long[] support = new long[40];
    Arrays.fill(support, 50);
    List<Path> written = HtmlReport.write(dir, "t", report,
        List.of(TaskPredictions.singleLabel(task, truth, probs)), Map.of("many", support),
        Map.of());
    for (Path png : written.subList(1, written.size())) {
      BufferedImage image = ImageIO.read(png.toFile());
      assertTrue(image.getWidth() <= 1200 && image.getHeight() <= 1200,
          png + " is " + image.getWidth() + "x" + image.getHeight());
    }
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("F1 against training support: unnamed points"), "all 40 share x");
  }

  @Test
  void fileStemsAreSafeAndUnique() {
    Set<String> taken = new HashSet<>();
    assertEquals("a_b_c", HtmlReport.uniqueStem("a/b c", taken));
    assertEquals("a_b_c-2", HtmlReport.uniqueStem("a:b c", taken));
    assertEquals("x.y-z", HtmlReport.uniqueStem("x.y-z", taken));
  }
}
