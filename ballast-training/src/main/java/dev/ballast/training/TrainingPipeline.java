package dev.ballast.training;

import dev.ballast.audio.AudioDecodeException;
import dev.ballast.audio.AudioReader;
import dev.ballast.data.Example;
import dev.ballast.data.GroupStratifiedSplit;
import dev.ballast.data.Manifest;
import dev.ballast.data.ManifestException;
import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.data.TaskSpec;
import dev.ballast.data.Tasks;
import dev.ballast.encoders.ClipRequest;
import dev.ballast.encoders.EmbeddingExtractor;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.Encoders;
import dev.ballast.encoders.Extraction;
import dev.ballast.encoders.FeatureCache;
import dev.ballast.encoders.ProgressListener;
import dev.ballast.heads.GroupNormalizer;
import dev.ballast.heads.Standardizer;
import dev.ballast.serving.ModelBundle;
import dev.ballast.training.augment.Augment;
import dev.ballast.training.augment.AugmentedRows;
import dev.ballast.training.augment.Augmenter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * From manifests to a saved-ready {@link ModelBundle}: infer tasks, extract embeddings (skipping
 * broken rows), standardise on training data, split dev by group if none is given, train with
 * early stopping, attach the decision stage and provenance.
 */
public final class TrainingPipeline {

  /** What to train. {@code dev} empty = hold out a group-aware stratified part of {@code train}. */
  public record Request(Manifest train, Optional<Manifest> dev, List<TaskSpec> tasks,
      String encoder, TrainingConfig config, Optional<FeatureCache> cache, boolean strict,
      int threads) {
    public Request {
      tasks = List.copyOf(tasks);
      if (tasks.isEmpty()) {
        throw new IllegalArgumentException("name at least one task with --task or --multilabel");
      }
    }
  }

  /** A trained model with its training log and every row that was skipped. */
  public record Outcome(ModelBundle bundle, TrainingResult result, List<Extraction.Failure> skipped) {}

  private final Consumer<String> log;
  private final ProgressListener progress;

  public TrainingPipeline(Consumer<String> log, ProgressListener progress) {
    this.log = log;
    this.progress = progress;
  }

  /** Embeddings of examples; failed rows are dropped from the returned set and reported. */
  public static TrainingSet embed(List<Task> tasks, List<Example> examples, Extraction extraction) {
    List<float[]> xs = new ArrayList<>();
    List<Target[]> ts = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Optional<float[]> v = extraction.embeddings().get(i);
      if (v.isPresent()) {
        xs.add(v.get());
        ts.add(examples.get(i).targets().toArray(new Target[0]));
      }
    }
    return new TrainingSet(tasks, xs.toArray(new float[0][]), ts.toArray(new Target[0][]));
  }

  public static List<ClipRequest> requests(List<Example> examples) {
    List<ClipRequest> out = new ArrayList<>();
    for (Example e : examples) {
      out.add(new ClipRequest(e.row().audioPath(), e.row().startSec(), e.row().endSec()));
    }
    return out;
  }

  public Outcome run(Request req) throws ManifestException, AudioDecodeException {
    // Validate everything about the manifests before any work starts.
    List<Task> tasks = req.train().inferTasks(req.tasks());
    List<Example> trainExamples = req.train().examples(tasks);
    List<Example> devExamples = req.dev().isPresent() ? req.dev().get().examples(tasks) : List.of();
    Encoder encoder = Encoders.create(req.encoder());
    for (Task t : tasks) {
      log.accept("task " + t.name() + " (" + t.kind().jsonName() + "): " + t.vocabulary().labels());
    }
    EmbeddingExtractor extractor = new EmbeddingExtractor(AudioReader.withInstalledDecoders(),
        encoder, req.cache(), req.threads());
    List<Example> all = new ArrayList<>(trainExamples);
    all.addAll(devExamples);
    Extraction extraction = extractor.extract(requests(all), progress, req.strict());
    List<Extraction.Failure> skipped = extraction.failures();
    log.accept("extracted " + (all.size() - skipped.size()) + " embeddings with " + encoder.spec().key()
        + " (" + extraction.cacheHits() + " from cache, " + skipped.size() + " rows skipped)");
    int nTrain = trainExamples.size();
    List<Example> kept = new ArrayList<>();
    for (int i = 0; i < nTrain; i++) {
      if (extraction.embeddings().get(i).isPresent()) {
        kept.add(trainExamples.get(i));
      }
    }
    TrainingSet trainSet = embed(tasks, trainExamples, new Extraction(
        extraction.embeddings().subList(0, nTrain), List.of(), 0));
    Optional<TrainingSet> devSet = req.dev().map(d -> embed(tasks, devExamples, new Extraction(
        extraction.embeddings().subList(nTrain, all.size()), List.of(), 0)));
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("train_manifest", req.train().file().toString());
    provenance.put("train_manifest_sha256", req.train().sha256());
    req.dev().ifPresent(d -> {
      provenance.put("dev_manifest", d.file().toString());
      provenance.put("dev_manifest_sha256", d.sha256());
    });
    List<Map<String, String>> skips = new ArrayList<>();
    for (Extraction.Failure f : skipped) {
      skips.add(Map.of("path", f.request().describe(), "error", f.error()));
    }
    provenance.put("skipped", skips);
    Augment augment = req.config().recipe().augment();
    AugmentedRows augmented = AugmentedRows.none(tasks);
    if (augment.enabled()) {
      augmented = Augmenter.extract(extractor, tasks, kept, augment, req.config().seed(), progress);
      log.accept("augmentation (" + augment.describe() + "): encoded " + augmented.size()
          + " extra rows from the training rows");
    }
    List<String> devGroups = new ArrayList<>();
    for (int i = 0; i < devExamples.size(); i++) {
      if (extraction.embeddings().get(nTrain + i).isPresent()) {
        devGroups.add(devExamples.get(i).row().group());
      }
    }
    Fitted fitted = fit(kept, trainSet, devSet, devSet.isPresent() ? devGroups : List.of(),
        encoder.spec(), req.config(), provenance, augmented);
    return new Outcome(fitted.bundle(), fitted.result(), skipped);
  }

  /** A trained model and its training log. */
  public record Fitted(ModelBundle bundle, TrainingResult result) {}

  /**
   * Trains on embeddings already extracted: {@code trainSet} row i belongs to {@code examples}
   * row i (for groups). Without {@code dev}, a group-aware stratified part is held out for early
   * stopping and the model is refitted on everything.
   *
   * @param provenance entries added to the model's provenance (manifests, skipped rows)
   */
  public Fitted fit(List<Example> examples, TrainingSet trainSet, Optional<TrainingSet> dev,
      dev.ballast.encoders.EncoderSpec encoder, TrainingConfig config,
      Map<String, Object> provenance) throws ManifestException {
    return fit(examples, trainSet, dev, encoder, config, provenance,
        AugmentedRows.none(trainSet.tasks()));
  }

  /**
   * As above, with augmented rows made from {@code examples} (see {@link Augmenter}). Each
   * augmented row follows its sources: with a held-out dev part, rows of dev-part sources never
   * train the early-stopped model and join only the refit on train + dev; the standardiser is fitted
   * on original rows only.
   */
  public Fitted fit(List<Example> examples, TrainingSet trainSet, Optional<TrainingSet> dev,
      dev.ballast.encoders.EncoderSpec encoder, TrainingConfig config,
      Map<String, Object> provenance, AugmentedRows augmented) throws ManifestException {
    return fit(examples, trainSet, dev, List.of(), encoder, config, provenance, augmented);
  }

  /**
   * As above; {@code devGroups} names the group of each {@code dev} row, which speaker (group)
   * normalisation needs (empty without a dev set). With group normalisation each row is made
   * relative to the other rows of its group, an augmented row to the original rows of its first
   * source's group.
   */
  public Fitted fit(List<Example> examples, TrainingSet trainSet, Optional<TrainingSet> dev,
      List<String> devGroups, dev.ballast.encoders.EncoderSpec encoder, TrainingConfig config,
      Map<String, Object> provenance, AugmentedRows augmented) throws ManifestException {
    List<Task> tasks = trainSet.tasks();
    GroupNormalizer groupNormalizer = null;
    if (config.groupNormalization() != GroupNormalizer.Mode.NONE) {
      List<String> groups = examples.stream().map(e -> e.row().group()).toList();
      groupNormalizer = GroupNormalizer.fit(config.groupNormalization(), trainSet.x(), groups);
      Map<String, GroupNormalizer.Stats> stats = groupNormalizer.statsByGroup(trainSet.x(), groups);
      if (stats.size() == groups.size()) {
        throw new ManifestException("group normalisation needs several clips per group, but each "
            + "of the " + groups.size() + " training rows is its own group; name the speaker "
            + "column with --group");
      }
      trainSet = withX(trainSet, groupNormalizer.apply(trainSet.x(), groups, stats));
      List<String> augGroups = augmented.sources().stream().map(src -> groups.get(src[0])).toList();
      augmented = new AugmentedRows(augmented.sources(), withX(augmented.set(),
          groupNormalizer.apply(augmented.set().x(), augGroups, stats)));
      if (dev.isPresent()) {
        if (devGroups.size() != dev.get().size()) {
          throw new IllegalArgumentException("group normalisation needs the group of each of the "
              + dev.get().size() + " dev rows, got " + devGroups.size());
        }
        dev = Optional.of(withX(dev.get(), groupNormalizer.applyByGroup(dev.get().x(), devGroups)));
      }
      log.accept("group normalisation (" + config.groupNormalization().jsonName() + "): "
          + stats.size() + " training groups, " + groupNormalizer.outputDimension()
          + " dimensions into the standardiser");
    }
    TrainingSet devSet;
    boolean refit;
    AugmentedRows trainAug = augmented;
    AugmentedRows devAug = AugmentedRows.none(tasks);
    if (dev.isPresent()) {
      devSet = dev.get();
      refit = false;
    } else {
      int strat = Tasks.widestSingleLabel(tasks);
      int[][] parts = GroupStratifiedSplit.split(examples, Math.max(strat, 0),
          strat >= 0 ? tasks.get(strat).vocabulary().size() : 0, config.devFraction(),
          config.seed());
      devSet = trainSet.subset(parts[1]);
      trainSet = trainSet.subset(parts[0]);
      refit = config.refitOnAll();
      trainAug = augmented.within(parts[0], examples.size());
      devAug = refit ? augmented.within(parts[1], examples.size()) : devAug;
      log.accept("dev: held out " + devSet.size() + " examples by group (stratified on "
          + (strat >= 0 ? tasks.get(strat).name() : "nothing") + "), training on " + trainSet.size());
    }
    if (trainSet.size() == 0 || devSet.size() == 0) {
      throw new ManifestException("nothing left to train on: " + trainSet.size() + " training and "
          + devSet.size() + " dev examples");
    }
    TrainingSet full = refit ? trainSet.concat(devSet) : trainSet;
    Standardizer standardizer = Standardizer.fit(full.x());
    trainSet = standardize(trainSet.concat(trainAug.set()), standardizer);
    devSet = standardize(devSet, standardizer);
    TrainingSet refitOnly = standardize(devAug.set(), standardizer);
    Map<String, Object> extra = new LinkedHashMap<>(provenance);
    if (config.recipe().augment().enabled() || augmented.size() > 0) {
      int added = trainAug.size() + (refit ? devAug.size() : 0);
      log.accept("augmented rows: " + trainAug.size() + " in training"
          + (refit ? ", " + devAug.size() + " more (of dev-part rows) in the refit" : "")
          + (augmented.size() > trainAug.size() + devAug.size() ? ", "
          + (augmented.size() - trainAug.size() - devAug.size()) + " unused" : ""));
      extra.put("augmentation", config.recipe().augment().describe());
      extra.put("augmented_rows_added", added);
    }
    TrainingResult result = new MultiTaskTrainer(config, log).train(trainSet, devSet, refit,
        refitOnly);
    TrainingSet used = refit ? trainSet.concat(devSet).concat(refitOnly) : trainSet;
    ModelBundle bundle = new ModelBundle(groupNormalizer != null
        ? ModelBundle.GROUP_NORMALIZED_FORMAT_VERSION : ModelBundle.FORMAT_VERSION, encoder,
        standardizer, result.network(), DecisionStage.taskModels(used,
            config.recipe().posthocTau(), result.temperatures(), result.decisions()),
        provenance(config, used, result, extra), null, groupNormalizer);
    return new Fitted(bundle, result);
  }



  /** SHA-256 over the embeddings (so over audio content and encoder) and targets used. */
  static String dataHash(TrainingSet s) {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4);
      for (int i = 0; i < s.size(); i++) {
        for (float v : s.x()[i]) {
          md.update(b.clear().putFloat(v).array());
        }
        md.update(java.util.Arrays.toString(s.targets()[i]).getBytes(
            java.nio.charset.StandardCharsets.UTF_8));
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TrainingSet withX(TrainingSet s, float[][] x) {
    return new TrainingSet(s.tasks(), x, s.targets());
  }

  private static TrainingSet standardize(TrainingSet s, Standardizer z) {
    float[][] x = new float[s.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = z.apply(s.x()[i]);
    }
    return new TrainingSet(s.tasks(), x, s.targets());
  }

  static Map<String, Object> provenance(TrainingConfig config, TrainingSet used,
      TrainingResult result, Map<String, Object> extra) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("ballast_version", Versions.ballast());
    p.put("java_version", System.getProperty("java.version"));
    p.put("djl_version", Versions.djl());
    p.put("recipe", config.recipe().name());
    p.put("recipe_description", config.recipe().description());
    p.put("decision_tuning", config.recipe().decision().toString());
    p.put("seed", config.seed());
    p.put("config", config.toString());
    extra.forEach((k, v) -> {
      if (!k.equals("skipped")) {
        p.put(k, v);
      }
    });
    p.put("examples_used", used.size());
    p.put("data_sha256", dataHash(used));
    Map<String, Object> counts = new LinkedHashMap<>();
    for (int t = 0; t < used.tasks().size(); t++) {
      Map<String, Long> c = new LinkedHashMap<>();
      long[] n = used.classCounts(t);
      for (int k = 0; k < n.length; k++) {
        c.put(used.tasks().get(t).vocabulary().label(k), n[k]);
      }
      counts.put(used.tasks().get(t).name(), c);
    }
    p.put("training_class_counts", counts);
    p.put("best_epoch", result.bestEpoch());
    p.put("best_dev_macro_f1", result.bestDevScore());
    p.put("refitted_on_train_and_dev", result.refitted());
    p.put("skipped", extra.getOrDefault("skipped", List.of()));
    return p;
  }
}
