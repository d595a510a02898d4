package dev.ballast.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.WavWriter;
import dev.ballast.data.Manifest;
import dev.ballast.data.TaskSpec;
import dev.ballast.data.LabelVocabulary;
import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.EncoderSpec;
import dev.ballast.encoders.Encoders;
import dev.ballast.encoders.learned.LayerFrameSource;
import dev.ballast.encoders.learned.LayerPooling;
import dev.ballast.encoders.learned.LayerPoolingWeights;
import dev.ballast.serving.ModelBundle;
import dev.ballast.serving.Predictor;
import dev.ballast.serving.TaskOutput;
import dev.ballast.training.sequence.FrameSource;
import dev.ballast.training.sequence.LayerPoolingArchitecture;
import dev.ballast.training.sequence.LayerPoolingConfig;
import dev.ballast.training.sequence.SequenceSet;
import dev.ballast.training.sequence.TdnnConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pooling trained on a fixed source's layers: it finds the one informative layer, its
 * plain-Java form computes what the padded DJL batches computed, and a saved model predicts
 * through ONNX Runtime, the learned pooling and the heads as training did.
 */
class LayerPoolingTrainingTest {
  private static final List<Task> TASKS = List.of(new Task("kind", TaskKind.SINGLE_LABEL,
      new LabelVocabulary(List.of("a", "b"))));
  private static final int LAYERS = 3;
  private static final int DIM = 4;
  private static final EncoderSpec SYNTHETIC = new EncoderSpec("synthetic", Map.of());
  private static final LayerPoolingConfig SMALL = new LayerPoolingConfig(8, 16, 60);

  /**
   * Frames {@code float[frame][layer * dim]}: layer 1 has a class-dependent mean; layers 0 and 2
   * have the same distribution for both classes but a large random offset per sequence, which
   * survives pooling, so summing them in only adds noise.
   */
  static SequenceSet informativeMiddleLayer(int perClass, long seed) {
    Random r = new Random(seed);
    float[][][] frames = new float[2 * perClass][][];
    Target[][] targets = new Target[frames.length][];
    for (int i = 0; i < frames.length; i++) {
      int c = i % 2;
      int length = 20 + r.nextInt(60);
      double[][] offset = new double[LAYERS][DIM];
      for (int d = 0; d < DIM; d++) {
        offset[0][d] = 2 * r.nextGaussian();
        offset[1][d] = c == 0 ? 0.6 : -0.6;
        offset[2][d] = 2 * r.nextGaussian();
      }
      frames[i] = new float[length][LAYERS * DIM];
      for (int t = 0; t < length; t++) {
        for (int l = 0; l < LAYERS; l++) {
          for (int d = 0; d < DIM; d++) {
            frames[i][t][l * DIM + d] = (float) (offset[l][d] + r.nextGaussian());
          }
        }
      }
      targets[i] = new Target[] {new Target.Single(c)};
    }
    return new SequenceSet(TASKS, frames, targets);
  }

  static TrainingConfig config(int epochs, double learningRate) {
    TrainingConfig d = TrainingConfig.defaults(ImbalanceRecipe.BALANCED, 3);
    return new TrainingConfig(d.recipe(), 3, epochs, epochs, 16, learningRate, d.weightDecay(),
        d.hiddenUnits(), 0.1, Map.of(), d.devFraction(), false);
  }

  @Test
  void theLearnedLayerWeightsConcentrateOnTheLayerThatCarriesTheClass() {
    SequenceSet train = informativeMiddleLayer(60, 1);
    SequenceSet dev = informativeMiddleLayer(30, 2);
    LayerPoolingArchitecture arch = new LayerPoolingArchitecture(SMALL, SYNTHETIC, LAYERS, DIM,
        LayerPooling.WEIGHTED_LAYERS_ATTENTIVE);
    SequenceTrainer.Result r = new SequenceTrainer(config(30, 1e-2), arch, Optional.empty(),
        s -> { }, e -> { }).train(train, dev, Optional.empty(), false);
    float[] w = ((LayerPoolingWeights) r.encoder()).layerWeights();
    // from 1/3 each: most of the weight on layer 1, at least three times either other layer's
    assertTrue(w[1] > 0.6 && w[1] > 3 * Math.max(w[0], w[2]), "layer weights "
        + Arrays.toString(w));
    assertTrue(r.training().bestDevScore() > 0.9, "dev macro-F1 " + r.training().bestDevScore());
  }

  @ParameterizedTest
  @EnumSource(LayerPooling.class)
  void plainJavaPoolingEqualsTheBatchedForward(LayerPooling pooling) {
    int layers = pooling.weightsLayers() ? LAYERS : 1;
    SequenceSet all = informativeMiddleLayer(20, 5);
    float[][][] frames = new float[all.size()][][];
    for (int i = 0; i < frames.length; i++) {
      frames[i] = Arrays.stream(all.frames()[i]).map(f -> Arrays.copyOf(f, layers * DIM))
          .toArray(float[][]::new);
    }
    SequenceSet train = new SequenceSet(TASKS, frames, all.targets());
    LayerPoolingArchitecture arch = new LayerPoolingArchitecture(SMALL, SYNTHETIC, layers, DIM,
        pooling);
    SequenceTrainer.Result r = new SequenceTrainer(config(2, 1e-2), arch, Optional.empty(),
        s -> { }, e -> { }).train(train, train, Optional.empty(), false);
    LayerPoolingWeights weights = (LayerPoolingWeights) r.encoder();
    assertEquals(pooling.attentive(), weights.attentive());
    for (int i = 0; i < train.size(); i++) {
      assertArrayEquals(r.trainPooled().x()[i],
          weights.pool(FrameSource.unflatten(train.frames()[i], layers)), 1e-4f,
          "sequence " + i + " of " + train.frames()[i].length + " frames");
    }
  }

  /** Clips whose class is the frequency of a tone, in seeded noise; lengths multiples of 10 ms. */
  private static AudioClip clip(int c, Random r) {
    float[] x = new float[160 * (40 + r.nextInt(60))];
    double hz = c == 0 ? 300 : 1700;
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (0.3 * Math.sin(2 * Math.PI * hz * i / 16000) + 0.05 * r.nextGaussian());
    }
    return new AudioClip(x, 16000);
  }

  @Test
  void aSavedModelPredictsThroughOnnxTheLearnedPoolingAndTheHeadsAsTrainingComputed(
      @TempDir Path dir) throws Exception {
    Path model = TinyLayerModel.write(dir, LAYERS, DIM, "weighted-layers+attentive");
    String expression = "onnx{model=" + model + "}";
    assertTrue(SequencePipeline.trains(expression));
    LayerFrameSource source = Encoders.createFrames(Encoders.parts(expression).get(0));
    FrameSource frames = FrameSource.layers(source);
    Random r = new Random(7);
    AudioClip[] clips = new AudioClip[24];
    float[][][] x = new float[clips.length][][];
    Target[][] targets = new Target[clips.length][];
    for (int i = 0; i < clips.length; i++) {
      clips[i] = clip(i % 2, r);
      x[i] = frames.frames(clips[i]);
      targets[i] = new Target[] {new Target.Single(i % 2)};
    }
    SequenceSet train = new SequenceSet(TASKS, x, targets);
    TrainingConfig config = config(3, 1e-2);
    SequenceTrainer.Result result = new SequenceTrainer(config,
        LayerPoolingArchitecture.of(new LayerPoolingConfig(8, 16, 1000), source),
        Optional.empty(), s -> { }, e -> { }).train(train, train, Optional.empty(), false);
    ModelBundle bundle = SequencePipeline.bundle(config, result, Map.of());
    Path file = dir.resolve("m.ballast");
    bundle.save(file);
    Predictor loaded = Predictor.load(file);
    Predictor fresh = new Predictor(bundle);
    Encoder encoder = loaded.encoder();
    assertEquals(bundle.encoder(), encoder.spec());
    assertEquals(result.encoder().sha256(), encoder.spec().settings().get("weightsSha256"));
    for (int i = 0; i < clips.length; i++) {
      float[] embedding = encoder.encode(clips[i]);
      assertArrayEquals(result.trainPooled().x()[i], embedding, 1e-4f, "clip " + i);
      Map<String, TaskOutput> got = loaded.predictEmbedding(embedding);
      Map<String, TaskOutput> want = fresh.predictEmbedding(fresh.encoder().encode(clips[i]));
      assertEquals(want, got, "clip " + i);
    }
  }

  @Test
  void thePipelineTrainsFromAManifestAndTheSavedModelPredictsFiles(@TempDir Path dir)
      throws Exception {
    Path model = TinyLayerModel.write(dir, LAYERS, DIM, "weighted-layers");
    Random r = new Random(11);
    StringBuilder csv = new StringBuilder("path,group,kind\n");
    for (int i = 0; i < 30; i++) {
      Path wav = dir.resolve("c" + i + ".wav");
      WavWriter.write(wav, clip(i % 2, r));
      csv.append(wav.getFileName()).append(",spk").append(i % 5).append(',')
          .append(i % 2 == 0 ? "a" : "b").append('\n');
    }
    Files.writeString(dir.resolve("train.csv"), csv);
    TrainingPipeline.Request base = new TrainingPipeline.Request(
        Manifest.read(dir.resolve("train.csv")), Optional.empty(),
        List.of(new TaskSpec("kind", TaskKind.SINGLE_LABEL)), "onnx{model=" + model + "}",
        config(4, 1e-2), Optional.empty(), true, 2);
    TrainingPipeline.Outcome outcome = new SequencePipeline(s -> { }, dev.ballast.encoders.ProgressListener.NONE,
        e -> { }).run(new SequencePipeline.Request(base, TdnnConfig.defaults(),
            new LayerPoolingConfig(8, 16, 1000), Optional.of(dir.resolve("m.ckpt")), false));
    assertTrue(Files.isRegularFile(dir.resolve("m.ckpt")));
    LayerPoolingWeights weights = (LayerPoolingWeights) outcome.bundle().trainedEncoder();
    assertEquals(LAYERS, weights.layers());
    assertEquals(null, weights.attention());
    Path file = dir.resolve("m.ballast");
    outcome.bundle().save(file);
    Predictor predictor = Predictor.load(file);
    for (int i = 0; i < 4; i++) {
      Path wav = dir.resolve("c" + i + ".wav");
      AudioClip clip = dev.ballast.audio.AudioReader.withInstalledDecoders().read(wav, Double.NaN,
          Double.NaN, 16000);
      assertEquals(predictor.predictEmbedding(weights.createEncoder().encode(clip)),
          predictor.predict(wav), wav.toString());
    }
  }
}
