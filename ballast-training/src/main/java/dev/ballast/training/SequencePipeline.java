package dev.ballast.training;

import dev.ballast.audio.AudioDecodeException;
import dev.ballast.audio.AudioReader;
import dev.ballast.data.Example;
import dev.ballast.data.GroupStratifiedSplit;
import dev.ballast.data.ManifestException;
import dev.ballast.data.ManifestRow;
import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.data.TaskSpec;
import dev.ballast.data.Tasks;
import dev.ballast.data.split.GroupKFold;
import dev.ballast.data.split.Partition;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.Encoders;
import dev.ballast.encoders.Extraction;
import dev.ballast.encoders.ProgressListener;
import dev.ballast.encoders.learned.LayerFrameSource;
import dev.ballast.encoders.scratch.FrameFrontEnd;
import dev.ballast.encoders.scratch.TdnnEncoder;
import dev.ballast.heads.Standardizer;
import dev.ballast.serving.ModelBundle;
import dev.ballast.training.sequence.FrameExtractor;
import dev.ballast.training.sequence.FrameSource;
import dev.ballast.training.sequence.LayerPoolingArchitecture;
import dev.ballast.training.sequence.LayerPoolingConfig;
import dev.ballast.training.sequence.SequenceArchitecture;
import dev.ballast.training.sequence.SequenceSet;
import dev.ballast.training.sequence.TdnnArchitecture;
import dev.ballast.training.sequence.TdnnConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * From manifests to a model whose encoder is trained with its heads ({@code --encoder
 * scratch-tdnn}, or an {@code onnx} model whose config sets a learned pooling): split a dev part
 * by group if none is given, compute frames (fbank front end, training rows also at the perturbed
 * speeds; or the pretrained model's layer outputs, no perturbation; broken rows skipped and
 * listed), train with checkpoints, and
 * bundle encoder weights, heads, decision stage and provenance. As in the embedding pipeline, a dev
 * part held out of the training manifest rejoins it for a refit of the best epoch count.
 */
public final class SequencePipeline {
  private final Consumer<String> log;
  private final ProgressListener progress;
  private final IntConsumer afterEpoch;

  public SequencePipeline(Consumer<String> log, ProgressListener progress, IntConsumer afterEpoch) {
    this.log = log;
    this.progress = progress;
    this.afterEpoch = afterEpoch;
  }

  /**
   * Whether {@code encoder} names an encoder trained with the heads by this pipeline: {@code
   * scratch-tdnn}, or a frame source with a learned pooling (e.g. {@code onnx{model=...}} whose
   * config sets pooling {@code attentive} or {@code weighted-layers}).
   */
  public static boolean trains(String encoder) {
    return encoder.equals(TdnnEncoder.NAME) || Encoders.learnsPooling(encoder);
  }

  /**
   * What to train.
   *
   * @param tdnn the TDNN's shape and augmentation ({@code scratch-tdnn} only)
   * @param pooling the learned pooling's shape (pretrained frame sources only)
   * @param checkpoint written after every epoch; empty for none
   * @param resume continue from {@code checkpoint} (same command, same data)
   * @param devFolds without a dev manifest: 1 holds out one group-aware stratified part of the
   *     training groups for early stopping; K > 1 makes K group folds, early-stops a run on each
   *     and refits for the epoch count whose dev macro-F1, averaged over the folds, is best (one
   *     held-out speaker is a noisy judge)
   */
  public record Request(TrainingPipeline.Request base, TdnnConfig tdnn, LayerPoolingConfig pooling,
      Optional<Path> checkpoint, boolean resume, int devFolds) {
    public Request {
      if (resume && checkpoint.isEmpty()) {
        throw new IllegalArgumentException("--resume needs the checkpoint of the interrupted run");
      }
      if (devFolds < 1) {
        throw new IllegalArgumentException("--dev-folds must be >= 1, got " + devFolds);
      }
    }

    /** One dev part. */
    public Request(TrainingPipeline.Request base, TdnnConfig tdnn, LayerPoolingConfig pooling,
        Optional<Path> checkpoint, boolean resume) {
      this(base, tdnn, pooling, checkpoint, resume, 1);
    }

    /** The default pooling shape, one dev part. */
    public Request(TrainingPipeline.Request base, TdnnConfig tdnn, Optional<Path> checkpoint,
        boolean resume) {
      this(base, tdnn, LayerPoolingConfig.defaults(), checkpoint, resume, 1);
    }
  }

  public TrainingPipeline.Outcome run(Request req) throws ManifestException, AudioDecodeException {
    TrainingPipeline.Request base = req.base();
    if (base.config().groupNormalization() != dev.ballast.heads.GroupNormalizer.Mode.NONE) {
      throw new IllegalArgumentException("group normalisation works on fixed embeddings; encoder "
          + base.encoder() + " is trained with the heads, so drop --group-norm");
    }
    List<Task> tasks = base.train().inferTasks(base.tasks());
    List<Example> trainExamples = base.train().examples(tasks);
    List<Example> devExamples;
    List<boolean[]> otherDevParts = new ArrayList<>(); // over the rows of trainExamples + devExamples
    if (base.dev().isPresent()) {
      devExamples = base.dev().get().examples(tasks);
    } else {
      int strat = Tasks.widestSingleLabel(tasks);
      List<boolean[]> devParts = devParts(trainExamples, tasks, strat, req.devFolds(),
          base.config());
      List<Example> rest = new ArrayList<>();
      devExamples = new ArrayList<>();
      List<Integer> order = new ArrayList<>();
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < trainExamples.size(); i++) {
          if (devParts.get(0)[i] == (pass == 1)) {
            (pass == 0 ? rest : devExamples).add(trainExamples.get(i));
            order.add(i);
          }
        }
      }
      for (boolean[] part : devParts.subList(1, devParts.size())) {
        boolean[] reordered = new boolean[part.length];
        for (int k = 0; k < order.size(); k++) {
          reordered[k] = part[order.get(k)];
        }
        otherDevParts.add(reordered);
      }
      trainExamples = rest;
      log.accept("dev: held out " + devExamples.size() + " examples by group (stratified on "
          + (strat >= 0 ? tasks.get(strat).name() : "nothing") + "), training on "
          + trainExamples.size() + (devParts.size() > 1 ? "; " + devParts.size()
          + " group folds choose the epoch count" : ""));
    }
    for (Task t : tasks) {
      log.accept("task " + t.name() + " (" + t.kind().jsonName() + "): " + t.vocabulary().labels());
    }
    boolean scratch = base.encoder().equals(TdnnEncoder.NAME);
    FrameSource frameSource;
    SequenceArchitecture arch;
    List<Double> speeds;
    if (scratch) {
      frameSource = FrameSource.fbank(new FrameFrontEnd(req.tdnn().melBins()));
      arch = new TdnnArchitecture(req.tdnn());
      speeds = req.tdnn().speedFactors();
    } else {
      LayerFrameSource layers = Encoders.createFrames(Encoders.parts(base.encoder()).get(0));
      frameSource = FrameSource.layers(layers);
      arch = LayerPoolingArchitecture.of(req.pooling(), layers);
      speeds = List.of(1.0); // the pretrained model sees audio as it is
    }
    FrameExtractor extractor = new FrameExtractor(AudioReader.withInstalledDecoders(),
        frameSource, base.threads());
    boolean refit = base.dev().isEmpty() && (base.config().refitOnAll() || !otherDevParts.isEmpty());
    FrameExtractor.Result trainFrames = extractor.extract(
        TrainingPipeline.requests(trainExamples), speeds, progress, base.strict());
    // dev rows at every speed only when they rejoin training in the refit
    FrameExtractor.Result devFrames = extractor.extract(TrainingPipeline.requests(devExamples),
        refit ? speeds : List.of(1.0), progress, base.strict());
    SequenceSet train = sequences(tasks, trainExamples, trainFrames.frames(), -1);
    int original = refit ? speeds.indexOf(1.0) : 0;
    SequenceSet dev = sequences(tasks, devExamples, devFrames.frames(), original);
    Optional<SequenceSet> refitDev = refit
        ? Optional.of(sequences(tasks, devExamples, devFrames.frames(), -1)) : Optional.empty();
    List<SequenceTrainer.Fold> otherFolds = new ArrayList<>();
    if (!otherDevParts.isEmpty()) {
      List<Example> all = new ArrayList<>(trainExamples);
      all.addAll(devExamples);
      List<Optional<float[][][]>> allFrames = new ArrayList<>(trainFrames.frames());
      allFrames.addAll(devFrames.frames());
      for (boolean[] part : otherDevParts) {
        List<Example> foldTrain = new ArrayList<>();
        List<Optional<float[][][]>> foldTrainFrames = new ArrayList<>();
        List<Example> foldDev = new ArrayList<>();
        List<Optional<float[][][]>> foldDevFrames = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
          (part[i] ? foldDev : foldTrain).add(all.get(i));
          (part[i] ? foldDevFrames : foldTrainFrames).add(allFrames.get(i));
        }
        otherFolds.add(new SequenceTrainer.Fold(sequences(tasks, foldTrain, foldTrainFrames, -1),
            sequences(tasks, foldDev, foldDevFrames, original)));
      }
    }
    List<Extraction.Failure> skipped = new ArrayList<>(trainFrames.failures());
    skipped.addAll(devFrames.failures());
    log.accept("frames of " + (trainExamples.size() + devExamples.size() - skipped.size())
        + " rows (" + train.size() + " training sequences at speeds "
        + speeds + ", " + dev.size() + " dev), " + skipped.size()
        + " rows skipped");
    if (train.size() == 0 || dev.size() == 0) {
      throw new ManifestException("nothing left to train on: " + train.size() + " training and "
          + dev.size() + " dev sequences");
    }
    SequenceTrainer.Result result = new SequenceTrainer(base.config(), arch,
        req.checkpoint(), log, afterEpoch).train(train, dev, refitDev, otherFolds, req.resume());
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("train_manifest", base.train().file().toString());
    extra.put("train_manifest_sha256", base.train().sha256());
    base.dev().ifPresent(d -> {
      extra.put("dev_manifest", d.file().toString());
      extra.put("dev_manifest_sha256", d.sha256());
    });
    extra.put("encoder_config", arch.toString());
    List<Map<String, String>> skips = new ArrayList<>();
    for (Extraction.Failure f : skipped) {
      skips.add(Map.of("path", f.request().describe(), "error", f.error()));
    }
    extra.put("skipped", skips);
    return new TrainingPipeline.Outcome(bundle(base.config(), result, extra), result.training(),
        skipped);
  }

  /**
   * Dev parts of {@code examples} ({@code true} = held out): one group-aware stratified part, or
   * the {@code folds} parts of a group k-fold split.
   */
  private static List<boolean[]> devParts(List<Example> examples, List<Task> tasks, int strat,
      int folds, TrainingConfig config) {
    List<boolean[]> out = new ArrayList<>();
    if (folds == 1) {
      int[][] parts = GroupStratifiedSplit.split(examples, Math.max(strat, 0),
          strat >= 0 ? tasks.get(strat).vocabulary().size() : 0, config.devFraction(),
          config.seed());
      boolean[] held = new boolean[examples.size()];
      for (int i : parts[1]) {
        held[i] = true;
      }
      out.add(held);
      return out;
    }
    Task stratify = tasks.get(Math.max(strat, 0));
    List<ManifestRow> rows = examples.stream().map(Example::row).toList();
    Partition partition = new GroupKFold(folds,
        config.seed()).split(rows, new TaskSpec(stratify.name(),
        stratify.kind()));
    Map<ManifestRow, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      index.put(rows.get(i), i);
    }
    for (Partition.Part part : partition.parts()) {
      boolean[] held = new boolean[examples.size()];
      for (ManifestRow r : part.rows()) {
        held[index.get(r)] = true;
      }
      out.add(held);
    }
    return out;
  }

  /**
   * The model of a finished training: trained encoder weights, heads on its pooled statistics
   * (identity standardisation: the encoder's input is standardised instead), decision stage.
   */
  static ModelBundle bundle(TrainingConfig config, SequenceTrainer.Result result,
      Map<String, Object> extra) {
    Encoder encoder = result.encoder().createEncoder();
    TrainingSet used = result.trainPooled();
    int dim = encoder.dimension();
    float[] ones = new float[dim];
    java.util.Arrays.fill(ones, 1f);
    return new ModelBundle(ModelBundle.TRAINED_ENCODER_FORMAT_VERSION,
        encoder.spec(), new Standardizer(new float[dim], ones), result.training().network(),
        DecisionStage.taskModels(used, config.recipe().posthocTau(),
            result.training().temperatures(), result.training().decisions()),
        TrainingPipeline.provenance(config, used, result.training(), extra),
        result.encoder());
  }

  /**
   * The sequences of {@code examples} at every extracted speed ({@code onlySpeed} -1) or at the
   * speed of that index, the speeds of one row sharing its source id; failed rows are left out.
   */
  private static SequenceSet sequences(List<Task> tasks, List<Example> examples,
      List<Optional<float[][][]>> frames, int onlySpeed) {
    List<float[][]> xs = new ArrayList<>();
    List<Target[]> ts = new ArrayList<>();
    List<Integer> source = new ArrayList<>();
    int sources = 0;
    for (int i = 0; i < examples.size(); i++) {
      Optional<float[][][]> f = frames.get(i);
      if (f.isPresent()) {
        for (int k = 0; k < f.get().length; k++) {
          if (onlySpeed >= 0 && k != onlySpeed) {
            continue;
          }
          xs.add(f.get()[k]);
          ts.add(examples.get(i).targets().toArray(new Target[0]));
          source.add(sources);
        }
        sources++;
      }
    }
    return new SequenceSet(tasks, xs.toArray(new float[0][][]), ts.toArray(new Target[0][]),
        source.stream().mapToInt(Integer::intValue).toArray());
  }
}
