package dev.ballast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballast.audio.AudioClip;
import dev.ballast.audio.WavWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * train -> evaluate -> predict on a small synthetic corpus: "pitch" (low/high) is learnable from the
 * voice, "tags" is multi-label, some "pitch" cells are empty, one file is broken and one missing.
 */
class CliEndToEndTest {
  @TempDir static Path dir;
  static Path train;
  static Path test;
  static Path model;

  static AudioClip voice(double f0, Random r) {
    int rate = 16000;
    float[] x = new float[(int) (rate * (0.6 + 0.4 * r.nextDouble()))];
    double phase = 0;
    for (int i = 0; i < x.length; i++) {
      double f = f0 * (1 + 0.05 * Math.sin(2 * Math.PI * 2 * i / rate));
      phase += 2 * Math.PI * f / rate;
      double v = 0;
      for (int h = 1; h <= 12; h++) {
        v += Math.sin(h * phase) / h;
      }
      x[i] = (float) (0.1 * v + 0.002 * r.nextGaussian());
    }
    return new AudioClip(x, rate);
  }

  static Path corpus(String name, int n, long seed, boolean broken) throws Exception {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder("path,group,pitch,tags\n");
    for (int i = 0; i < n; i++) {
      boolean high = i % 4 == 0; // 1:3 skew
      Path wav = dir.resolve(name + i + ".wav");
      WavWriter.write(wav, voice(high ? 240 : 110, r));
      String tags = (high ? "bright" : "") + (i % 3 == 0 ? (high ? "|" : "") + "long" : "");
      String pitch = i % 7 == 6 ? "" : high ? "high" : "low";
      sb.append(wav.getFileName()).append(",spk").append(i % 6).append(',').append(pitch)
          .append(',').append(tags).append('\n');
    }
    if (broken) {
      Files.writeString(dir.resolve("broken.wav"), "RIFF....WAVEjunk");
      sb.append("broken.wav,spk0,low,\n");
      sb.append("missing.wav,spk1,high,bright\n");
    }
    Path m = dir.resolve(name + ".csv");
    Files.writeString(m, sb);
    return m;
  }

  @BeforeAll
  static void trainModel() throws Exception {
    train = corpus("train", 48, 1, true);
    test = corpus("test", 24, 2, true);
    model = dir.resolve("m.ballast");
    CliRunner.Result r = CliRunner.run("train", "--train", train.toString(), "--task", "pitch",
        "--multilabel", "tags", "--recipe", "balanced", "--seed", "3", "--max-epochs", "60",
        "--cache", dir.resolve("cache").toString(), "--out", model.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("skipped rows (2):"), r.out());
    assertTrue(r.out().contains(dir.resolve("broken.wav") + ": no fmt chunk"), r.out());
    assertTrue(r.out().contains(dir.resolve("missing.wav") + ": no such file"), r.out());
  }

  @Test
  void evaluateWritesReportAndMetricsWithEverySkippedRow() throws Exception {
    Path out = dir.resolve("eval");
    CliRunner.Result r = CliRunner.run("evaluate", "--model", model.toString(), "--test",
        test.toString(), "--cache", dir.resolve("cache").toString(), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode m = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
    JsonNode pitch = m.get("tasks").get("pitch");
    assertEquals("single_label", pitch.get("kind").asText());
    assertTrue(pitch.get("macro_f1").asDouble() > 0.9, pitch.toString());
    assertEquals(21, pitch.get("per_class").get("high").get("support").asInt()
        + pitch.get("per_class").get("low").get("support").asInt(), "empty cells are not evaluated");
    JsonNode tags = m.get("tasks").get("tags");
    assertEquals("multi_label", tags.get("kind").asText());
    assertTrue(tags.has("micro_f1"));
    assertEquals(2, m.get("skipped").size());
    assertTrue(m.get("skipped").get(0).get("path").asText().endsWith("broken.wav"));
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("data:image/png;base64,") && html.contains("missing.wav"), "html");
    assertTrue(Files.exists(out.resolve("figures/pitch-roc.png")));
    assertTrue(Files.exists(out.resolve("figures/tags-reliability.png")));
    String report = Files.readString(out.resolve("report.txt"));
    assertTrue(report.contains("precision    recall  f1-score   support"), report);
    assertTrue(report.contains("missing.wav"), report);
  }

  @Test
  void predictPrintsOneJsonLinePerFileAndAnErrorLineForBrokenOnes() throws Exception {
    CliRunner.Result r = CliRunner.run("predict", "--model", model.toString(),
        dir.resolve("test0.wav").toString(), dir.resolve("broken.wav").toString(),
        dir.resolve("test1.wav").toString());
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(3, lines.length);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines[0]);
    assertEquals("high", first.get("tasks").get("pitch").get("label").asText());
    assertEquals(1.0, first.get("tasks").get("pitch").get("probabilities").get("high").asDouble()
        + first.get("tasks").get("pitch").get("probabilities").get("low").asDouble(), 1e-4);
    assertTrue(first.get("tasks").get("tags").get("labels").isArray());
    assertTrue(json.readTree(lines[1]).get("error").asText().contains("broken.wav"));
    assertEquals("low", json.readTree(lines[2]).get("tasks").get("pitch").get("label").asText());
    assertTrue(r.err().contains("skipped files (1):"), r.err());
  }

  @Test
  void aSpeakerNormalisedModelEvaluatesByGroupAndPredictsFilesAsOneSpeaker() throws Exception {
    Path grouped = dir.resolve("grouped.ballast");
    Path cache = dir.resolve("cache");
    CliRunner.Result r = CliRunner.run("train", "--train", train.toString(), "--task", "pitch",
        "--group-norm", "append", "--weight-decay", "0.03", "--dropout", "0.2", "--seed", "3",
        "--max-epochs", "60", "--cache", cache.toString(), "--out", grouped.toString());
    assertEquals(0, r.exitCode(), r.err());
    String config = (String) dev.ballast.serving.ModelBundle.load(grouped).provenance()
        .get("config");
    assertTrue(config.contains("weightDecay=0.03, hiddenUnits=[256], dropout=0.2"), config);
    assertTrue(config.contains("groupNormalization=APPEND"), config);
    assertTrue(r.err().contains("group normalisation (append): 6 training groups"), r.err());
    Path out = dir.resolve("eval-grouped");
    r = CliRunner.run("evaluate", "--model", grouped.toString(), "--test", test.toString(),
        "--cache", cache.toString(), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode pitch = new ObjectMapper().readTree(out.resolve("metrics.json").toFile())
        .get("tasks").get("pitch");
    assertTrue(pitch.get("macro_f1").asDouble() > 0.9, pitch.toString());

    r = CliRunner.run("predict", "--model", grouped.toString(), dir.resolve("test0.wav").toString(),
        dir.resolve("broken.wav").toString(), dir.resolve("test1.wav").toString(),
        dir.resolve("test2.wav").toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains("the 4 files are taken as clips of one speaker"), r.err());
    assertTrue(r.err().contains("skipped files (1):"), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(4, lines.length);
    ObjectMapper json = new ObjectMapper();
    assertEquals("high", json.readTree(lines[0]).get("tasks").get("pitch").get("label").asText());
    assertTrue(json.readTree(lines[1]).get("error").asText().contains("broken.wav"));
    assertEquals("low", json.readTree(lines[2]).get("tasks").get("pitch").get("label").asText());

    r = CliRunner.run("train", "--train", train.toString(), "--task", "pitch", "--group-norm",
        "speaker", "--out", dir.resolve("x.ballast").toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("unknown group normalisation 'speaker'; use none, append or "
        + "replace"), r.err());
    r = CliRunner.run("train", "--train", train.toString(), "--task", "pitch", "--dropout", "1",
        "--out", dir.resolve("x.ballast").toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("dropout in [0, 1); got 0.001, 1.0E-4, 1.0"), r.err());
  }

  @Test
  void strictMakesTheFirstBrokenRowFatal() {
    CliRunner.Result r = CliRunner.run("evaluate", "--model", model.toString(), "--test",
        test.toString(), "--strict", "--threads", "1", "--out", dir.resolve("strict").toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("error: " + dir.resolve("broken.wav") + ": no fmt chunk"), r.err());
  }

  @Test
  void manifestErrorsStopBeforeAnyWork() throws Exception {
    CliRunner.Result r = CliRunner.run("train", "--train", train.toString(), "--task", "gender",
        "--out", dir.resolve("x.ballast").toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("has no column 'gender' for task 'gender'"), r.err());
    Path unknown = dir.resolve("unknown.csv");
    Files.writeString(unknown, "path,pitch,tags\ntest0.wav,squeaky,\n");
    r = CliRunner.run("evaluate", "--model", model.toString(), "--test", unknown.toString(),
        "--out", dir.resolve("u").toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("row 2, column 'pitch': label 'squeaky' is not among the labels "
        + "the model knows [high, low]"), r.err());
  }

  @Test
  void compareWritesEveryStrategysMeanAndStd() throws Exception {
    Path out = dir.resolve("compare");
    CliRunner.Result r = CliRunner.run("compare", "--train", train.toString(), "--test",
        test.toString(), "--task", "pitch", "--strategies", "plain,balanced", "--seeds", "2",
        "--cache", dir.resolve("cache").toString(), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
    assertEquals(2, json.get("strategies").size());
    JsonNode f1 = json.get("strategies").get(1).get("tasks").get("pitch").get("macro_f1");
    assertEquals(2, f1.get("values").size());
    assertTrue(f1.has("mean") && f1.has("std"));
    assertEquals(4, json.get("skipped").size(), "broken + missing rows of train and test");
    assertEquals("{\"hidden\":[256],\"weight_decay\":1.0E-4,\"dropout\":0.3,\"group_norm\":\"none\"}",
        json.get("head").toString());
    assertTrue(Files.readString(out.resolve("compare.md")).contains(
        "2 seeds per strategy (mean ± sample std), encoder fbank-stats, head [256], weight decay "
        + "1.0E-4, dropout 0.3."));
    assertTrue(Files.size(out.resolve("compare.png")) > 5000);
    assertTrue(Files.readString(out.resolve("report.html")).contains("best-run/report.html"));
  }

  @Test
  void fbankCommandPrintsOneRowPerFrame() {
    CliRunner.Result r = CliRunner.run("features", "fbank", "--num-mel-bins", "40",
        dir.resolve("test0.wav").toString());
    assertEquals(0, r.exitCode(), r.err());
    String[] rows = r.out().strip().split("\n");
    assertEquals(40, rows[0].split(",").length);
    assertTrue(rows.length > 50);
  }
}
