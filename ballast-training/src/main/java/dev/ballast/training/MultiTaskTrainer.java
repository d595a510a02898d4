package dev.ballast.training;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.ballast.data.Task;
import dev.ballast.data.Tasks;
import dev.ballast.heads.DenseLayer;
import dev.ballast.heads.Head;
import dev.ballast.heads.HeadKind;
import dev.ballast.heads.MultiTaskNetwork;
import dev.ballast.serving.TaskModel;
import dev.ballast.training.decision.TaskDecision;
import dev.ballast.training.augment.Mixup;
import dev.ballast.training.resampling.Resamplers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains the multi-task network with DJL's PyTorch engine: shared ReLU trunk with dropout, one
 * linear head per task, the recipe's loss weighting and batch sampler, Adam, early stopping on dev
 * macro-F1. The result is exported to plain-Java weights.
 */
public final class MultiTaskTrainer {
  private final TrainingConfig config;
  private final Consumer<String> log;

  public MultiTaskTrainer(TrainingConfig config, Consumer<String> log) {
    this.config = config;
    this.log = log;
  }

  /**
   * Trains on {@code train} with early stopping on {@code dev}; with {@code refit} the best epoch
   * count is then re-run on train + dev.
   */
  public TrainingResult train(TrainingSet train, TrainingSet dev, boolean refit) {
    return train(train, dev, refit, new TrainingSet(train.tasks(), new float[0][],
        new dev.ballast.data.Target[0][]));
  }

  /**
   * As {@link #train(TrainingSet, TrainingSet, boolean)}; {@code refitOnly} rows (augmented copies
   * of dev rows) join the refit on train + dev and are never seen while dev steers early stopping.
   */
  public TrainingResult train(TrainingSet train, TrainingSet dev, boolean refit,
      TrainingSet refitOnly) {
    List<TaskModel> devTasks = DecisionStage.taskModels(train, config.recipe().posthocTau());
    List<EpochLog> history = new ArrayList<>();
    Run first = new Run(resample(train));
    MultiTaskNetwork best = null;
    DevScore bestScore = DevScore.worst();
    int bestEpoch = 0;
    try {
      for (int epoch = 1; epoch <= config.maxEpochs(); epoch++) {
        double loss = first.epoch(epoch);
        MultiTaskNetwork net = first.export();
        DevScore score = DevScore.of(net, devTasks, dev);
        history.add(new EpochLog(epoch, loss, score.macroF1(), score.loss()));
        if (score.betterThan(bestScore)) {
          bestScore = score;
          best = net;
          bestEpoch = epoch;
        }
        if (epoch % 10 == 0 || epoch == 1) {
          log.accept(String.format(java.util.Locale.ROOT,
              "epoch %3d  loss %.4f  dev macro-F1 %.4f  dev loss %.4f  (best %.4f @ %d)", epoch,
              loss, score.macroF1(), score.loss(), bestScore.macroF1(), bestEpoch));
        }
        if (epoch - bestEpoch >= config.patience()) {
          log.accept("early stop at epoch " + epoch + ": no dev improvement for "
              + config.patience() + " epochs; best epoch " + bestEpoch);
          break;
        }
      }
    } finally {
      first.close();
    }
    // Decision levers (all off by default).
    DecisionFit decision = new DecisionFit(config, log);
    DecisionFit.Tuned tuned = decision.tune(best, train, dev, devTasks);
    best = tuned.network();
    float[] temperatures = tuned.temperatures();
    List<TaskDecision> decisions = tuned.decisions();
    if (!refit) {
      return new TrainingResult(best, bestEpoch, bestScore.macroF1(), history, false, temperatures,
          decisions);
    }
    TrainingSet all = train.concat(dev).concat(refitOnly);
    log.accept("refit on train + dev (" + all.size() + " examples) for " + bestEpoch + " epochs");
    try (Run second = new Run(resample(all))) {
      for (int epoch = 1; epoch <= bestEpoch; epoch++) {
        second.epoch(epoch);
      }
      return new TrainingResult(decision.refine(second.export(), all), bestEpoch,
          bestScore.macroF1(), history, true, temperatures, decisions);
    }
  }

  /** Trains for a fixed number of epochs without dev data (network levers applied, no tuning). */
  public MultiTaskNetwork trainEpochs(TrainingSet train, int epochs) {
    try (Run run = new Run(resample(train))) {
      for (int epoch = 1; epoch <= epochs; epoch++) {
        run.epoch(epoch);
      }
      return new DecisionFit(config, log).refine(run.export(), train);
    }
  }

  /** The recipe's dataset resampling, on training data only (never dev, never at predict time). */
  private TrainingSet resample(TrainingSet data) {
    String name = config.recipe().resampler();
    if (name.equals("none")) {
      return data;
    }
    int task = Tasks.widestSingleLabel(data.tasks());
    if (task < 0) {
      task = 0; // multi-label only: the multi-label resamplers take the first task
    }
    long smallest = java.util.Arrays.stream(data.classCounts(task)).filter(c -> c > 0).min()
        .orElse(0);
    TrainingSet out = Resamplers.forSmallestClass(name, smallest)
        .fitResample(data, task, config.seed()).data();
    log.accept("resampled with " + name + ": " + data.size() + " -> " + out.size() + " examples");
    return out;
  }

  /** One model being trained. */
  private final class Run implements AutoCloseable {
    private final TrainingSet data;
    private final Model model;
    private final Trainer trainer;
    private final List<Linear> trunk = new ArrayList<>();
    private final List<Linear> heads = new ArrayList<>();
    private final MultiTaskLoss loss;
    private final BatchSampler sampler;

    Run(TrainingSet data) {
      this.data = data;
      Engine engine = Engine.getEngine("PyTorch");
      engine.setRandomSeed((int) config.seed());
      SequentialBlock net = new SequentialBlock();
      for (int units : config.hiddenUnits()) {
        Linear layer = Linear.builder().setUnits(units).build();
        trunk.add(layer);
        net.add(layer).add(Activation.reluBlock());
        if (config.dropout() > 0) {
          net.add(Dropout.builder().optRate((float) config.dropout()).build());
        }
      }
      List<Block> headBlocks = new ArrayList<>();
      for (Task task : data.tasks()) {
        Linear head = Linear.builder().setUnits(task.vocabulary().size()).build();
        heads.add(head);
        headBlocks.add(head);
      }
      net.add(new ParallelBlock(outputs -> {
        NDList joined = new NDList();
        outputs.forEach(joined::addAll);
        return joined;
      }, headBlocks));
      model = Model.newInstance("ballast-multitask", Device.cpu(), "PyTorch");
      model.setBlock(net);
      DefaultTrainingConfig cfg = new DefaultTrainingConfig(Loss.l2Loss())
          .optInitializer(new XavierInitializer(), Parameter.Type.WEIGHT)
          .optOptimizer(Optimizer.adam()
              .optLearningRateTracker(Tracker.fixed((float) config.learningRate()))
              .optWeightDecays((float) config.weightDecay())
              .build())
          .optDevices(new Device[] {Device.cpu()});
      trainer = model.newTrainer(cfg);
      trainer.initialize(new Shape(config.batchSize(), data.x()[0].length));
      double[] taskWeights = new double[data.tasks().size()];
      for (int t = 0; t < taskWeights.length; t++) {
        taskWeights[t] = config.lossWeight(data.tasks().get(t).name());
      }
      loss = new MultiTaskLoss(data, config.recipe(), taskWeights);
      sampler = BatchSampler.create(config.recipe().sampler(), data, config.batchSize(),
          config.seed(), Tasks.widestSingleLabel(data.tasks()), config.maxEpochs() / 3);
    }

    /** One epoch; returns the mean batch loss. */
    double epoch(int epoch) {
      double sum = 0;
      int[][] batches = sampler.epoch(epoch);
      Mixup mixup = config.recipe().mixup();
      java.util.SplittableRandom mixRandom = BatchSampler.random(config.seed() ^ 0x6D69787570L, epoch);
      for (int[] batch : batches) {
        try (NDManager m = trainer.getManager().newSubManager()) {
          float[][] xb = new float[batch.length][];
          for (int i = 0; i < batch.length; i++) {
            xb[i] = data.x()[batch[i]];
          }
          MultiTaskLoss.BatchTargets targets = loss.targets(batch);
          if (mixup.enabled()) {
            targets = BatchMixer.mix(mixup, data, batch, xb, targets,
                Tasks.widestSingleLabel(data.tasks()), mixRandom);
          }
          NDArray x = m.create(xb);
          try (GradientCollector gc = trainer.newGradientCollector()) {
            NDList out = trainer.forward(new NDList(x));
            NDArray l = loss.compute(m, out, targets, epoch);
            sum += l.getFloat();
            gc.backward(l);
          }
          trainer.step();
        }
      }
      return sum / batches.length;
    }

    MultiTaskNetwork export() {
      List<DenseLayer> layers = new ArrayList<>();
      for (Linear l : trunk) {
        layers.add(dense(l));
      }
      List<Head> out = new ArrayList<>();
      for (int t = 0; t < heads.size(); t++) {
        Task task = data.tasks().get(t);
        out.add(new Head(task.name(), task.kind() == dev.ballast.data.TaskKind.SINGLE_LABEL
            ? HeadKind.SOFTMAX : HeadKind.SIGMOID, dense(heads.get(t))));
      }
      return new MultiTaskNetwork(layers, out);
    }

    private DenseLayer dense(Linear l) {
      NDArray w = l.getParameters().get("weight").getArray();
      float[] flat = w.toFloatArray();
      int rows = (int) w.getShape().get(0);
      int cols = (int) w.getShape().get(1);
      float[][] weight = new float[rows][cols];
      for (int r = 0; r < rows; r++) {
        System.arraycopy(flat, r * cols, weight[r], 0, cols);
      }
      return new DenseLayer(weight, l.getParameters().get("bias").getArray().toFloatArray());
    }

    @Override
    public void close() {
      trainer.close();
      model.close();
    }
  }
}
