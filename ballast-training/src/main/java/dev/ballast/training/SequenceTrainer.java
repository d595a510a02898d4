package dev.ballast.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import dev.ballast.data.Tasks;
import dev.ballast.encoders.TrainedWeights;
import dev.ballast.features.SpecAugment;
import dev.ballast.heads.HeadKind;
import dev.ballast.serving.TaskModel;
import dev.ballast.training.sequence.AdamOptimizer;
import dev.ballast.training.sequence.Checkpoint;
import dev.ballast.training.sequence.SequenceArchitecture;
import dev.ballast.training.sequence.SequenceModel;
import dev.ballast.training.sequence.SequenceSet;
import dev.ballast.training.sequence.WeightAverage;
import dev.ballast.training.sequence.TdnnArchitecture;
import dev.ballast.training.sequence.TdnnConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Trains a {@link SequenceArchitecture} (the from-scratch TDNN, or a pooling over a pretrained
 * model's layers) jointly with the heads on padded, length-masked batches of frame sequences:
 * the recipe's loss and batch sampler, SpecAugment (where the architecture asks) and random crops
 * drawn per (seed, epoch), Adam, early stopping on dev macro-F1, a checkpoint after every epoch,
 * then the recipe's decision stage on the pooled statistics. Dataset resampling and embedding
 * mixup work in a fixed embedding space and do not apply here.
 */
public final class SequenceTrainer {
  private static final int EVAL_BATCH = 64;
  /** Per-step decay of the parameter average (about the last 100 steps; see WeightAverage). */
  static final double WEIGHT_AVERAGE_DECAY = 0.99;

  private final TrainingConfig config;
  private final SequenceArchitecture arch;
  private final Optional<Path> checkpoint;
  private final Consumer<String> log;
  private final IntConsumer afterEpoch;

  /** Trains the from-scratch TDNN ({@link TdnnArchitecture}). */
  public SequenceTrainer(TrainingConfig config, TdnnConfig tdnn, Optional<Path> checkpoint,
      Consumer<String> log, IntConsumer afterEpoch) {
    this(config, new TdnnArchitecture(tdnn), checkpoint, log, afterEpoch);
  }

  /**
   * Trains any {@link SequenceArchitecture}: the TDNN, or a pooling over a pretrained model's
   * layers.
   *
   * @param checkpoint file written after every epoch; empty for none
   * @param afterEpoch called with each finished epoch after its checkpoint is written
   */
  public SequenceTrainer(TrainingConfig config, SequenceArchitecture arch,
      Optional<Path> checkpoint, Consumer<String> log, IntConsumer afterEpoch) {
    if (!config.recipe().resampler().equals("none") || config.recipe().mixup().enabled()
        || config.recipe().augment().enabled()) {
      throw new IllegalArgumentException("recipe " + config.recipe().name() + " resamples, mixes "
          + "or augments embeddings, which an encoder trained with its heads does not have until "
          + "it is trained; pick a recipe without them (e.g. balanced) and use --speed-perturb and "
          + "SpecAugment for augmentation");
    }
    this.config = config;
    this.arch = arch;
    this.checkpoint = checkpoint;
    this.log = log;
    this.afterEpoch = afterEpoch;
  }

  /**
   * The trained encoder, the heads on top of its pooled statistics, and those statistics for the
   * training and dev sequences (computed in padded batches, as in training).
   */
  public record Result(TrainedWeights encoder, TrainingResult training, TrainingSet trainPooled,
      TrainingSet devPooled) {}

  /**
   * Trains on {@code train}, early-stopping on {@code dev}; with {@code refitDev} (the dev rows,
   * possibly with more views) the best epoch count is then trained again on train + refitDev
   * (checkpointed beside the first run's file, with
   * {@code .refit} appended). With {@code resume} the run continues from the checkpoints (which
   * must come from the same configuration and data).
   */
  public Result train(SequenceSet train, SequenceSet dev, Optional<SequenceSet> refitDev,
      boolean resume) {
    return train(train, dev, refitDev, List.of(), resume);
  }

  /** A training part and the dev part held out of it. */
  public record Fold(SequenceSet train, SequenceSet dev) {}

  /**
   * As {@link #train(SequenceSet, SequenceSet, Optional, boolean)}, with {@code otherFolds}: more
   * train/dev splits of the same rows (group folds). A run is early-stopped on each (checkpoints
   * get {@code .foldK} appended), and the refit's epoch count is the one whose dev macro-F1,
   * averaged over all folds (the first being train/dev), is best. The decision stage is fitted
   * on the first fold.
   */
  public Result train(SequenceSet train, SequenceSet dev, Optional<SequenceSet> refitDev,
      List<Fold> otherFolds, boolean resume) {
    if (!otherFolds.isEmpty() && refitDev.isEmpty()) {
      throw new IllegalArgumentException("choosing the epoch count on folds needs the refit on "
          + "all rows");
    }
    boolean refit = refitDev.isPresent();
    // input statistics from the rows each run trains on: dev rows never inform early stopping
    float[][] norm = normalisation(train);
    List<TaskModel> devTasks = DecisionStage.taskModels(train.labels(),
        config.recipe().posthocTau());
    String fingerprint = fingerprint(train, dev, refitDev, otherFolds);
    Engine engine = Engine.getEngine("PyTorch");
    try (NDManager manager = engine.newBaseManager()) {
      Run first = run(engine, manager, train, Optional.of(dev), norm, config.maxEpochs(),
          checkpoint, fingerprint, resume, devTasks, true);
      if (first.history().size() < config.maxEpochs()) {
        log.accept("early stop after epoch " + first.history().get(first.history().size() - 1)
            .epoch() + ": no dev improvement for " + config.patience() + " epochs; best epoch "
            + first.bestEpoch());
      }
      int epochs = first.bestEpoch();
      double devScore = first.bestScore().macroF1();
      List<EpochLog> history = first.history();
      if (!otherFolds.isEmpty()) {
        List<Run> runs = new ArrayList<>(List.of(first));
        for (int k = 0; k < otherFolds.size(); k++) {
          Fold fold = otherFolds.get(k);
          int foldNumber = k + 2;
          log.accept("fold " + foldNumber + " of " + (otherFolds.size() + 1));
          runs.add(run(engine, manager, fold.train(), Optional.of(fold.dev()),
              normalisation(fold.train()),
              config.maxEpochs(), checkpoint.map(p -> p.resolveSibling(p.getFileName() + ".fold"
                  + foldNumber)), fingerprint + "|fold" + foldNumber, resume,
              DecisionStage.taskModels(fold.train().labels(), config.recipe().posthocTau()),
              false));
        }
        history = meanHistory(runs);
        DevScore best = DevScore.worst();
        for (EpochLog e : history) {
          DevScore score = new DevScore(e.devMacroF1(), e.devLoss());
          if (score.betterThan(best)) {
            best = score;
            epochs = e.epoch();
          }
        }
        devScore = best.macroF1();
        log.accept(String.format(Locale.ROOT, "folds' best epochs %s; mean dev macro-F1 is best "
            + "(%.4f) after %d epochs", runs.stream().map(r -> r.bestEpoch()).toList(), devScore,
            epochs));
      }
      try (SequenceModel model = newModel(train, manager)) {
        model.load(first.state());
        TrainingSet trainPooled = pooled(manager, model, train, norm);
        TrainingSet devPooled = pooled(manager, model, dev, norm);
        DecisionFit decision = new DecisionFit(config, log);
        DecisionFit.Tuned tuned = decision.tune(model.exportHeads(), trainPooled, devPooled,
            devTasks);
        if (!refit) {
          return new Result(model.exportEncoder(norm[0], norm[1]), new TrainingResult(
              tuned.network(), epochs, devScore, history, false, tuned.temperatures(),
              tuned.decisions()), trainPooled, devPooled);
        }
        SequenceSet all = train.concat(refitDev.get());
        log.accept("refit on train + dev (" + all.size() + " sequences) for " + epochs
            + " epochs");
        float[][] allNorm = normalisation(all);
        Run second = run(engine, manager, all, Optional.empty(), allNorm, epochs,
            checkpoint.map(p -> p.resolveSibling(p.getFileName() + ".refit")),
            fingerprint + "|refit", resume, devTasks, false);
        model.load(second.state());
        TrainingSet allPooled = pooled(manager, model, all, allNorm);
        return new Result(model.exportEncoder(allNorm[0], allNorm[1]), new TrainingResult(
            decision.refine(model.exportHeads(), allPooled), epochs, devScore, history, true,
            tuned.temperatures(), tuned.decisions()), allPooled,
            pooled(manager, model, dev, allNorm));
      }
    }
  }

  /**
   * Epoch by epoch means over the runs' logs, up to the shortest run (each stopped early on its
   * own dev part).
   */
  private static List<EpochLog> meanHistory(List<Run> runs) {
    int epochs = runs.stream().mapToInt(r -> r.history().size()).min().orElse(0);
    List<EpochLog> out = new ArrayList<>();
    for (int e = 0; e < epochs; e++) {
      double loss = 0;
      double f1 = 0;
      double devLoss = 0;
      for (Run r : runs) {
        EpochLog log = r.history().get(e);
        loss += log.trainLoss() / runs.size();
        f1 += log.devMacroF1() / runs.size();
        devLoss += log.devLoss() / runs.size();
      }
      out.add(new EpochLog(runs.get(0).history().get(e).epoch(), loss, f1, devLoss));
    }
    return out;
  }

  /** The outcome of one training run: the state chosen (best on dev, else the last). */
  private record Run(Map<String, float[]> state, int bestEpoch, DevScore bestScore,
      List<EpochLog> history) {}

  private SequenceModel newModel(SequenceSet data, NDManager manager) {
    return arch.create(names(data.tasks()), kinds(data.tasks()), sizes(data.tasks()),
        config.seed(), manager);
  }

  /**
   * Trains a fresh model on {@code data} for up to {@code maxEpochs}, early-stopping on {@code
   * dev} when given, checkpointing every epoch to {@code file}. Resuming a later run ({@code
   * first} false) whose checkpoint does not exist yet starts it afresh: it had not begun.
   */
  private Run run(Engine engine, NDManager manager, SequenceSet data, Optional<SequenceSet> dev,
      float[][] norm, int maxEpochs, Optional<Path> file, String fingerprint, boolean resume,
      List<TaskModel> devTasks, boolean first) {
    TrainingSet labels = data.labels();
    try (SequenceModel model = newModel(data, manager)) {
      AdamOptimizer adam = new AdamOptimizer(model.parameters(), config.learningRate(),
          config.weightDecay(), manager);
      WeightAverage average = new WeightAverage(model.parameters(), WEIGHT_AVERAGE_DECAY, manager);
      log.accept(String.format(Locale.ROOT, "%s: %d parameters, %d training sequences%s",
          arch.encoderName(), model.parameterCount(), data.size(),
          dev.map(d -> ", " + d.size() + " dev").orElse("")));
      double[] taskWeights = new double[data.tasks().size()];
      for (int t = 0; t < taskWeights.length; t++) {
        taskWeights[t] = config.lossWeight(data.tasks().get(t).name());
      }
      MultiTaskLoss loss = new MultiTaskLoss(labels, config.recipe(), taskWeights);
      BatchSampler sampler = BatchSampler.create(config.recipe().sampler(), labels,
          config.batchSize(), config.seed(), Tasks.widestSingleLabel(data.tasks()),
          config.maxEpochs() / 3);
      List<EpochLog> history = new ArrayList<>();
      int bestEpoch = 0;
      DevScore bestScore = DevScore.worst();
      Map<String, float[]> bestState = model.state();
      int start = 1;
      if (resume && file.isPresent() && java.nio.file.Files.isRegularFile(file.get())) {
        Checkpoint c = loadCheckpoint(file.get(), fingerprint);
        model.load(c.model());
        adam.load(c.optimizer(), c.optimizerSteps());
        average.load(c.optimizer());
        history.addAll(c.history());
        bestEpoch = c.bestEpoch();
        bestScore = new DevScore(c.bestMacroF1(), c.bestLoss());
        bestState = c.bestModel();
        start = c.epoch() + 1;
        log.accept("resumed from " + file.get() + " after epoch " + c.epoch());
      } else if (resume && first) {
        throw new IllegalArgumentException("no checkpoint at " + file.map(Path::toString)
            .orElse("(none given)") + " to resume from; train without --resume");
      }
      for (int epoch = start; epoch <= maxEpochs && epoch - bestEpoch <= config.patience();
          epoch++) {
        long t0 = System.nanoTime();
        double trainLoss = epoch(engine, manager, model, adam, average, loss, sampler, data, norm,
            epoch);
        // dev sees the averaged weights; training then continues from the live ones
        Map<String, float[]> live = model.state();
        Map<String, float[]> averaged = average.averaged(live);
        model.load(averaged);
        DevScore score = dev.isEmpty() ? new DevScore(Double.NaN, Double.NaN)
            : DevScore.of(model.exportHeads(), devTasks, pooled(manager, model, dev.get(), norm));
        model.load(live);
        history.add(new EpochLog(epoch, trainLoss, score.macroF1(), score.loss()));
        if (dev.isEmpty() || score.betterThan(bestScore)) {
          bestScore = score;
          bestEpoch = epoch;
          bestState = averaged;
        }
        log.accept(String.format(Locale.ROOT, "epoch %3d  loss %.4f%s  %.1f s", epoch, trainLoss,
            dev.isEmpty() ? "" : String.format(Locale.ROOT, "  dev macro-F1 %.4f  dev loss %.4f  "
                + "(best %.4f @ %d)", score.macroF1(), score.loss(), bestScore.macroF1(),
                bestEpoch), (System.nanoTime() - t0) / 1e9));
        if (file.isPresent()) {
          save(file.get(), new Checkpoint(fingerprint, epoch, adam.steps(), bestEpoch,
              bestScore.macroF1(), bestScore.loss(), history, live, optimizerState(adam, average),
              bestState));
        }
        afterEpoch.accept(epoch);
      }
      return new Run(bestState, bestEpoch, bestScore, history);
    }
  }

  private static Map<String, float[]> optimizerState(AdamOptimizer adam, WeightAverage average) {
    Map<String, float[]> out = new java.util.LinkedHashMap<>(adam.state());
    out.putAll(average.state());
    return out;
  }

  private double epoch(Engine engine, NDManager manager, SequenceModel model, AdamOptimizer adam,
      WeightAverage average, MultiTaskLoss loss, BatchSampler sampler, SequenceSet train,
      float[][] norm, int epoch) {
    // Dropout draws from the engine's generator: reseeding per epoch makes a resumed run
    // identical to an uninterrupted one.
    engine.setRandomSeed((int) (config.seed() * 1_000_003L + epoch));
    double sum = 0;
    int[][] batches = sampler.epoch(epoch); // of sources; each visits one of its views
    int[][] views = train.views();
    for (int b = 0; b < batches.length; b++) {
      int[] batch = batches[b];
      SplittableRandom random = BatchSampler.random(config.seed() ^ 0x7464_6E6EL,
          epoch * 100_003 + b);
      float[][][] frames = new float[batch.length][][];
      for (int i = 0; i < batch.length; i++) {
        int[] v = views[batch[i]];
        frames[i] = augment(normalised(train.frames()[v[random.nextInt(v.length)]], norm), random);
      }
      try (NDManager m = manager.newSubManager()) {
        NDArray[] xm = padded(m, frames);
        try (GradientCollector gc = engine.newGradientCollector()) {
          SequenceModel.Output out = model.forward(xm[0], xm[1], true, (float) config.dropout());
          NDArray l = loss.compute(m, out.logits(), loss.targets(batch), epoch);
          sum += l.getFloat();
          gc.backward(l);
        }
        adam.step(model.parameters());
        average.update(model.parameters(), adam.steps());
      }
    }
    return sum / batches.length;
  }

  /** A random crop to the longest training length, then SpecAugment masks (filled with 0). */
  private float[][] augment(float[][] frames, SplittableRandom random) {
    float[][] x = frames;
    if (x.length > arch.maxTrainFrames()) {
      int offset = random.nextInt(x.length - arch.maxTrainFrames() + 1);
      x = java.util.Arrays.copyOfRange(x, offset, offset + arch.maxTrainFrames());
    }
    if (arch.specAugment()) {
      x = new SpecAugment(2, Math.max(1, x[0].length / 8), 2, Math.max(1, x.length / 10),
          SpecAugment.Fill.ZERO).apply(x, random.nextLong());
    }
    return x;
  }

  /** Pooled statistics of every sequence (eval mode), as a training set over the targets. */
  private TrainingSet pooled(NDManager manager, SequenceModel model, SequenceSet data,
      float[][] norm) {
    float[][] out = new float[data.size()][];
    Integer[] order = new Integer[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // similar lengths together: less padding
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> data.frames()[i].length));
    for (int from = 0; from < order.length; from += EVAL_BATCH) {
      int to = Math.min(order.length, from + EVAL_BATCH);
      float[][][] frames = new float[to - from][][];
      for (int i = from; i < to; i++) {
        frames[i - from] = normalised(data.frames()[order[i]], norm);
      }
      try (NDManager m = manager.newSubManager()) {
        NDArray[] xm = padded(m, frames);
        float[] flat = model.forward(xm[0], xm[1], false, 0f).pooled().toFloatArray();
        int dim = flat.length / frames.length;
        for (int i = from; i < to; i++) {
          out[order[i]] = java.util.Arrays.copyOfRange(flat, (i - from) * dim, (i - from + 1) * dim);
        }
      }
    }
    return new TrainingSet(data.tasks(), out, data.targets());
  }

  /** {@code (batch, melBin, frame)} zero-padded frames and the {@code (batch, frame)} mask. */
  private static NDArray[] padded(NDManager m, float[][][] frames) {
    int bins = frames[0][0].length;
    int longest = 0;
    for (float[][] f : frames) {
      longest = Math.max(longest, f.length);
    }
    float[] x = new float[frames.length * bins * longest];
    float[] mask = new float[frames.length * longest];
    for (int b = 0; b < frames.length; b++) {
      float[][] f = frames[b];
      for (int t = 0; t < f.length; t++) {
        mask[b * longest + t] = 1f;
        for (int k = 0; k < bins; k++) {
          x[(b * bins + k) * longest + t] = f[t][k];
        }
      }
    }
    return new NDArray[] {m.create(x, new Shape(frames.length, bins, longest)),
        m.create(mask, new Shape(frames.length, longest))};
  }

  private static float[][] normalised(float[][] frames, float[][] norm) {
    float[][] out = new float[frames.length][];
    for (int t = 0; t < frames.length; t++) {
      out[t] = new float[frames[t].length];
      for (int k = 0; k < out[t].length; k++) {
        out[t][k] = (frames[t][k] - norm[0][k]) / norm[1][k];
      }
    }
    return out;
  }

  /**
   * Per-bin mean and standard deviation over every training frame: {@code [0]} mean, {@code [1]}
   * std (1 where a bin is constant, e.g. above the band of narrow-band audio).
   */
  static float[][] normalisation(SequenceSet train) {
    int bins = train.frames()[0][0].length;
    double[] sum = new double[bins];
    double[] sq = new double[bins];
    long n = 0;
    for (float[][] seq : train.frames()) {
      for (float[] frame : seq) {
        for (int k = 0; k < bins; k++) {
          sum[k] += frame[k];
          sq[k] += (double) frame[k] * frame[k];
        }
        n++;
      }
    }
    float[] mean = new float[bins];
    float[] std = new float[bins];
    for (int k = 0; k < bins; k++) {
      double mu = sum[k] / n;
      double sd = Math.sqrt(Math.max(sq[k] / n - mu * mu, 0));
      mean[k] = (float) mu;
      std[k] = sd > 1e-3 ? (float) sd : 1f;
    }
    return new float[][] {mean, std};
  }

  private static Checkpoint loadCheckpoint(Path file, String fingerprint) {
    try {
      Checkpoint c = Checkpoint.load(file);
      if (!c.fingerprint().equals(fingerprint)) {
        throw new IllegalArgumentException("checkpoint " + file + " was written by a run with "
            + "other settings or data; resume with the same command, or train again without "
            + "--resume");
      }
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  private static void save(Path file, Checkpoint c) {
    try {
      c.save(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint " + file + ": " + e.getMessage(), e);
    }
  }

  /** SHA-256 of the configuration and every frame and target of train and dev. */
  private String fingerprint(SequenceSet train, SequenceSet dev, Optional<SequenceSet> refitDev,
      List<Fold> otherFolds) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((config + "|" + arch).getBytes(StandardCharsets.UTF_8));
      List<SequenceSet> sets = new ArrayList<>(List.of(train, dev));
      refitDev.ifPresent(sets::add);
      otherFolds.forEach(f -> sets.addAll(List.of(f.train(), f.dev())));
      md.update(("sets=" + sets.size()).getBytes(StandardCharsets.UTF_8));
      for (SequenceSet s : sets) {
        for (int i = 0; i < s.size(); i++) {
          for (float[] frame : s.frames()[i]) {
            ByteBuffer b = ByteBuffer.allocate(4 * frame.length);
            for (float v : frame) {
              b.putFloat(v);
            }
            md.update(b.array());
          }
          md.update(java.util.Arrays.toString(s.targets()[i]).getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> names(List<Task> tasks) {
    return tasks.stream().map(Task::name).toList();
  }

  private static List<HeadKind> kinds(List<Task> tasks) {
    return tasks.stream().map(t -> t.kind() == TaskKind.SINGLE_LABEL ? HeadKind.SOFTMAX
        : HeadKind.SIGMOID).toList();
  }

  private static int[] sizes(List<Task> tasks) {
    return tasks.stream().mapToInt(t -> t.vocabulary().size()).toArray();
  }
}
