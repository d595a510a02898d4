package dev.ballast.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ballast.audio.AudioDecodeException;
import dev.ballast.serving.Predictor;
import dev.ballast.serving.TaskOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "predict", description = "Predict every task for audio files; one JSON line per "
    + "file. Unreadable files get a line with \"error\" and are listed at the end.")
final class PredictCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--model", required = true, paramLabel = "MODEL") Path model;
  @Option(names = "--strict", description = "Stop at the first unreadable file.") boolean strict;
  @Parameters(paramLabel = "FILE", arity = "1..*") List<Path> files;

  @Override
  public Integer call() throws Exception {
    Predictor predictor = Predictor.load(model);
    List<String> skipped = new ArrayList<>();
    if (predictor.needsGroups()) {
      predictOneSpeaker(predictor, skipped);
    } else {
      for (Path f : files) {
        ObjectNode line = JSON.createObjectNode().put("path", f.toString());
        try {
          line.set("tasks", tasksJson(predictor.predict(f)));
        } catch (AudioDecodeException e) {
          if (strict) {
            throw e;
          }
          line.put("error", e.getMessage());
          skipped.add(e.getMessage());
        }
        System.out.println(JSON.writeValueAsString(line));
      }
    }
    if (!skipped.isEmpty()) {
      System.err.println("skipped files (" + skipped.size() + "):");
      skipped.forEach(s -> System.err.println("  " + s));
    }
    return 0;
  }

  /** A model with speaker normalisation: every file is a clip of the same speaker. */
  private void predictOneSpeaker(Predictor predictor, List<String> skipped)
      throws AudioDecodeException, java.io.IOException {
    System.err.println("model " + model + " normalises by speaker: the " + files.size()
        + " files are taken as clips of one speaker; run predict once per speaker");
    List<ObjectNode> lines = new ArrayList<>();
    List<float[]> embeddings = new ArrayList<>();
    List<ObjectNode> encoded = new ArrayList<>();
    for (Path f : files) {
      ObjectNode line = JSON.createObjectNode().put("path", f.toString());
      lines.add(line);
      try {
        embeddings.add(predictor.embed(dev.ballast.encoders.ClipRequest.whole(f)));
        encoded.add(line);
      } catch (AudioDecodeException e) {
        if (strict) {
          throw e;
        }
        line.put("error", e.getMessage());
        skipped.add(e.getMessage());
      }
    }
    List<Map<String, float[]>> logits = predictor.groupLogits(embeddings);
    for (int i = 0; i < encoded.size(); i++) {
      encoded.get(i).set("tasks", tasksJson(predictor.decide(logits.get(i))));
    }
    for (ObjectNode line : lines) {
      System.out.println(JSON.writeValueAsString(line));
    }
  }

  static ObjectNode tasksJson(Map<String, TaskOutput> outputs) {
    ObjectNode tasks = JSON.createObjectNode();
    outputs.forEach((name, out) -> {
      ObjectNode t = tasks.putObject(name);
      if (out instanceof TaskOutput.Single s) {
        t.put("label", s.label());
      } else {
        t.set("labels", JSON.valueToTree(((TaskOutput.Multi) out).labels()));
      }
      ObjectNode p = t.putObject("probabilities");
      out.probabilities().forEach((label, v) -> p.put(label, Math.round(v * 1e6) / 1e6));
    });
    return tasks;
  }
}
