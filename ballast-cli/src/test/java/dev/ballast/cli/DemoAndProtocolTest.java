package dev.ballast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small demo end to end, then the label-budget protocol on the demo's corpus. */
class DemoAndProtocolTest {
  @TempDir Path dir;

  @Test
  void demoThenProtocol() throws Exception {
    CliRunner.Result demo = CliRunner.run("demo", "--out", dir.toString(), "--train-size", "400",
        "--test-size", "120");
    assertEquals(0, demo.exitCode(), demo.err());
    assertTrue(demo.out().contains("PLAIN (cross-entropy)") && demo.out().contains("BALANCED"),
        demo.out());
    assertTrue(demo.out().contains("summary (test set)"), demo.out());
    for (String recipe : new String[] {"plain", "balanced"}) {
      assertTrue(Files.exists(dir.resolve(recipe + ".ballast")));
      JsonNode m = new ObjectMapper().readTree(dir.resolve("eval-" + recipe + "/metrics.json").toFile());
      assertEquals(8, m.get("tasks").get("emotion").get("labels").size());
    }

    Path out = dir.resolve("protocol");
    CliRunner.Result p = CliRunner.run("protocol", "--train",
        dir.resolve("corpus/train.csv").toString(), "--test", dir.resolve("corpus/test.csv").toString(),
        "--task", "emotion", "--task", "gender", "--budgets", "50,100", "--seeds", "2",
        "--strategies", "plain,balanced", "--cache", dir.resolve("cache").toString(), "--out",
        out.toString());
    assertEquals(0, p.exitCode(), p.err());
    JsonNode json = new ObjectMapper().readTree(out.resolve("protocol.json").toFile());
    assertEquals(4, json.get("budgets").size(), "2 budgets x 2 strategies");
    JsonNode first = json.get("budgets").get(0);
    assertEquals(50.0, first.get("percent").asDouble());
    assertEquals(2, first.get("tasks").get("emotion").get("macro_f1").get("values").size());
    assertTrue(first.get("tasks").get("emotion").get("macro_f1").has("std"));
    assertTrue(Files.size(out.resolve("learning-curve.png")) > 5000);
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("data:image/png;base64,") && !html.contains("src=\"http"), "self-contained");
    assertTrue(Files.readString(out.resolve("protocol.md")).contains("| 100 |"));
  }
}
