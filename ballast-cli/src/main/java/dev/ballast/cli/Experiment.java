package dev.ballast.cli;

import dev.ballast.audio.AudioDecodeException;
import dev.ballast.audio.AudioReader;
import dev.ballast.data.Example;
import dev.ballast.data.Manifest;
import dev.ballast.data.ManifestException;
import dev.ballast.data.Task;
import dev.ballast.data.TaskSpec;
import dev.ballast.encoders.EmbeddingExtractor;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.Encoders;
import dev.ballast.encoders.Extraction;
import dev.ballast.encoders.FeatureCache;
import dev.ballast.encoders.ProgressListener;
import dev.ballast.serving.Predictor;
import dev.ballast.training.ImbalanceRecipe;
import dev.ballast.training.TrainingConfig;
import dev.ballast.training.TrainingPipeline;
import dev.ballast.training.TrainingSet;
import dev.ballast.training.augment.AugmentedRows;
import dev.ballast.training.augment.Augmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A train / test pair whose embeddings are extracted once, then trained on many times (recipes,
 * seeds, label budgets) and evaluated on the fixed test set.
 */
final class Experiment {
  final List<Task> tasks;
  /** Training rows that could be encoded, aligned with {@link #train}. */
  final List<Example> trainExamples;
  final TrainingSet train;
  final List<Example> testExamples;
  final Extraction testExtraction;
  final Extraction trainExtraction;
  private final EmbeddingExtractor extractor;
  private final HeadOptions head;

  private Experiment(List<Task> tasks, List<Example> trainExamples, TrainingSet train,
      List<Example> testExamples, Extraction testExtraction, Extraction trainExtraction,
      EmbeddingExtractor extractor, HeadOptions head) {
    this.tasks = tasks;
    this.trainExamples = trainExamples;
    this.train = train;
    this.testExamples = testExamples;
    this.testExtraction = testExtraction;
    this.trainExtraction = trainExtraction;
    this.extractor = extractor;
    this.head = head;
  }

  static Experiment load(Path trainCsv, Path testCsv, String group, List<TaskSpec> specs,
      String encoderName, HeadOptions head, Optional<FeatureCache> cache,
      int threads, boolean strict)
      throws java.io.IOException, ManifestException, AudioDecodeException {
    Manifest trainManifest = Manifest.read(trainCsv, group);
    Manifest testManifest = Manifest.read(testCsv, group);
    List<Task> tasks = trainManifest.inferTasks(specs);
    List<Example> trainEx = trainManifest.examples(tasks);
    List<Example> testEx = testManifest.examples(tasks);
    Encoder encoder = Encoders.create(encoderName);
    EmbeddingExtractor extractor = new EmbeddingExtractor(AudioReader.withInstalledDecoders(),
        encoder, cache, threads);
    Extraction trainX;
    Extraction testX;
    try (Progress p = new Progress("extract train")) {
      trainX = extractor.extract(TrainingPipeline.requests(trainEx), p, strict);
    }
    try (Progress p = new Progress("extract test")) {
      testX = extractor.extract(TrainingPipeline.requests(testEx), p, strict);
    }
    List<Example> kept = new ArrayList<>();
    for (int i = 0; i < trainEx.size(); i++) {
      if (trainX.embeddings().get(i).isPresent()) {
        kept.add(trainEx.get(i));
      }
    }
    return new Experiment(tasks, kept, TrainingPipeline.embed(tasks, trainEx, trainX), testEx,
        testX, trainX, extractor, head);
  }

  /**
   * Trains {@code recipe} with {@code seed} on the training rows {@code rows} and evaluates. A
   * recipe that augments encodes its extra rows from these training rows only (through the same
   * extractor and cache), seeded by {@code seed}.
   */
  Run run(ImbalanceRecipe recipe, long seed, int[] rows, Map<String, Object> provenance)
      throws ManifestException, AudioDecodeException {
    List<Example> sub = new ArrayList<>();
    for (int i : rows) {
      sub.add(trainExamples.get(i));
    }
    AugmentedRows augmented = Augmenter.extract(extractor, tasks, sub, recipe.augment(), seed,
        ProgressListener.NONE);
    TrainingPipeline.Fitted fitted = new TrainingPipeline(s -> { }, ProgressListener.NONE).fit(
        sub, train.subset(rows), Optional.empty(), extractor.encoder().spec(),
        head.apply(TrainingConfig.defaults(recipe, seed)), provenance, augmented);
    Predictor predictor = new Predictor(fitted.bundle());
    return new Run(predictor, ModelEvaluator.fromEmbeddings(predictor, testExamples, testExtraction));
  }

  int[] allRows() {
    int[] all = new int[train.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return all;
  }

  /** A trained model and its test evaluation. */
  record Run(Predictor predictor, ModelEvaluator.Evaluated evaluated) {}
}
