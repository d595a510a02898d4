package dev.ballast.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioReader;
import dev.ballast.data.Manifest;
import dev.ballast.data.TaskKind;
import dev.ballast.data.TaskSpec;
import dev.ballast.encoders.ProgressListener;
import dev.ballast.encoders.scratch.TdnnEncoder;
import dev.ballast.encoders.scratch.TdnnWeights;
import dev.ballast.serving.ModelBundle;
import dev.ballast.serving.Predictor;
import dev.ballast.serving.TaskOutput;
import dev.ballast.training.sequence.TdnnConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scratch-tdnn} end to end on real recordings (FSDD digits 0 and 1 of three speakers, 8 kHz
 * files read at 16 kHz): group folds, speed views, refit with checkpoints, a saved model that
 * predicts files in plain Java as training computed.
 */
class ScratchPipelineTest {
  static Path fsdd() {
    Path shared = Path.of(System.getProperty("ballast.shared.dir", "../../shared"));
    return shared.resolve("datasets").resolve("fsdd").resolve("recordings");
  }

  @Test
  void trainsOnFsddAndTheSavedModelPredictsFiles(@TempDir Path dir) throws Exception {
    Path recordings = fsdd();
    assumeTrue(Files.isDirectory(recordings), "FSDD not found at " + recordings);
    StringBuilder csv = new StringBuilder("path,speaker,digit\n");
    for (String speaker : List.of("george", "jackson", "lucas")) {
      for (int digit = 0; digit < 2; digit++) {
        for (int k = 0; k < 6; k++) {
          csv.append(recordings.resolve(digit + "_" + speaker + "_" + k + ".wav").toAbsolutePath())
              .append(',').append(speaker).append(',').append(digit).append('\n');
        }
      }
    }
    Files.writeString(dir.resolve("train.csv"), csv);
    TrainingConfig d = TrainingConfig.defaults(ImbalanceRecipe.BALANCED, 1);
    TrainingConfig config = new TrainingConfig(d.recipe(), 1, 3, 3, 8, 3e-3, d.weightDecay(),
        d.hiddenUnits(), 0.1, Map.of(), d.devFraction(), true);
    TdnnConfig tdnn = new TdnnConfig(16, List.of(16, 16), List.of(5, 3), List.of(1, 2), 8, 16,
        List.of(0.9, 1.0), true, 100);
    TrainingPipeline.Request base = new TrainingPipeline.Request(
        Manifest.read(dir.resolve("train.csv"), "speaker"), Optional.empty(),
        List.of(new TaskSpec("digit", TaskKind.SINGLE_LABEL)), TdnnEncoder.NAME, config,
        Optional.empty(), true, 2);
    Path ckpt = dir.resolve("m.ckpt");
    TrainingPipeline.Outcome outcome = new SequencePipeline(s -> { }, ProgressListener.NONE,
        e -> { }).run(new SequencePipeline.Request(base, tdnn,
            dev.ballast.training.sequence.LayerPoolingConfig.defaults(), Optional.of(ckpt), false,
            3));
    for (String suffix : List.of("", ".fold2", ".fold3", ".refit")) {
      assertTrue(Files.isRegularFile(dir.resolve("m.ckpt" + suffix)), "checkpoint " + suffix);
    }
    assertTrue(outcome.result().refitted());
    assertTrue(outcome.skipped().isEmpty());
    ModelBundle bundle = outcome.bundle();
    assertEquals(ModelBundle.TRAINED_ENCODER_FORMAT_VERSION, bundle.formatVersion());
    assertEquals(TdnnEncoder.NAME, bundle.encoder().name());
    Path file = dir.resolve("m.ballast");
    bundle.save(file);
    Predictor predictor = Predictor.load(file);
    TdnnEncoder encoder = new TdnnEncoder((TdnnWeights) bundle.trainedEncoder());
    assertEquals(encoder.spec(), predictor.encoder().spec());
    Path wav = recordings.resolve("1_theo_0.wav");
    AudioClip clip = AudioReader.withInstalledDecoders().read(wav, Double.NaN, Double.NaN, 16000);
    Map<String, TaskOutput> out = predictor.predict(wav);
    assertEquals(predictor.predictEmbedding(encoder.encode(clip)), out);
    TaskOutput.Single digit = (TaskOutput.Single) out.get("digit");
    double sum = digit.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(1.0, sum, 1e-5);
  }
}
