package dev.ballast.cli;

import dev.ballast.data.Manifest;
import dev.ballast.data.TaskKind;
import dev.ballast.data.TaskSpec;
import dev.ballast.encoders.Encoders;
import dev.ballast.encoders.Extraction;
import dev.ballast.training.ImbalanceRecipe;
import dev.ballast.training.TrainingConfig;
import dev.ballast.encoders.scratch.TdnnEncoder;
import dev.ballast.training.SequencePipeline;
import dev.ballast.training.TrainingPipeline;
import dev.ballast.training.sequence.LayerPoolingConfig;
import dev.ballast.training.sequence.TdnnConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train", description = "Train a multi-task model from a manifest.")
final class TrainCommand implements Callable<Integer> {
  @Option(names = "--train", required = true, paramLabel = "CSV") Path train;
  @Option(names = "--dev", paramLabel = "CSV", description = "Dev manifest for early stopping "
      + "(default: a group-aware stratified 20 % of --train, then refit on all).") Path dev;
  @Option(names = "--task", paramLabel = "NAME", description = "Single-label task column (repeatable).") List<String> tasks = new ArrayList<>();
  @Option(names = "--multilabel", paramLabel = "NAME", description = "Multi-label task column, labels separated by | (repeatable).") List<String> multi = new ArrayList<>();
  @Option(names = "--group", defaultValue = "group", description = "Column holding speaker/patient ids (default: ${DEFAULT-VALUE}).") String group;
  @Option(names = "--encoder", defaultValue = Encoders.DEFAULT, description = "Encoder name, settings in braces (onnx{model=/m/x.onnx}); a+b concatenates; scratch-tdnn trains a TDNN with the heads, an onnx model whose config sets a learned pooling trains that pooling (default: ${DEFAULT-VALUE}).") String encoder;
  @Option(names = "--recipe", defaultValue = "balanced", description = "plain, balanced, weighted, logit-adjusted, sampled, weighted-sampled (default: ${DEFAULT-VALUE}).") String recipe;
  @Option(names = "--seed", defaultValue = "0") long seed;
  @Option(names = "--max-epochs", description = "Epoch limit (default: 300; 60 for scratch-tdnn).") Integer maxEpochs;
  @Option(names = "--patience", description = "Epochs without dev improvement before stopping (default: 30; 12 for scratch-tdnn).") Integer patience;
  @Option(names = "--checkpoint", paramLabel = "FILE", description = "scratch-tdnn or a learned pooling: checkpoint written after every epoch (default: MODEL.ckpt).") Path checkpoint;
  @Option(names = "--resume", description = "scratch-tdnn or a learned pooling: continue an interrupted run from its checkpoint; ends as the uninterrupted run would.") boolean resume;
  @Option(names = "--speed-perturb", split = ",", paramLabel = "F", description = "scratch-tdnn: training speeds (default: 0.9,1.0,1.1; 1.0 alone turns it off).") List<Double> speeds;
  @Option(names = "--mel-bins", paramLabel = "N", description = "scratch-tdnn: filterbank channels of the input (default: 40).") Integer melBins;
  @Option(names = "--dev-folds", defaultValue = "1", paramLabel = "K", description = "Encoders trained with the heads, without --dev: K > 1 early-stops on K group folds and refits for the epoch count best on average (default: ${DEFAULT-VALUE}, one held-out part).") int devFolds;
  @Option(names = "--tdnn-layers", split = ",", paramLabel = "C:K:D", description = "scratch-tdnn: channels:taps:dilation of each layer (default: 256:5:1,256:3:2,256:3:3,256:1:1).") List<String> tdnnLayers;
  @Option(names = "--no-spec-augment", description = "scratch-tdnn: no SpecAugment masking.") boolean noSpecAugment;
  @Option(names = "--task-weight", paramLabel = "TASK=W", description = "Loss weight of a task (default 1).") Map<String, Double> taskWeights = Map.of();
  @Option(names = "--out", required = true, paramLabel = "MODEL") Path out;
  @Mixin HeadOptions head;
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    boolean scratch = SequencePipeline.trains(encoder);
    TrainingConfig defaults = TrainingConfig.defaults(ImbalanceRecipe.byName(recipe), seed);
    TrainingConfig config = new TrainingConfig(defaults.recipe(), seed,
        maxEpochs != null ? maxEpochs : scratch ? 60 : defaults.maxEpochs(),
        patience != null ? patience : scratch ? 12 : defaults.patience(),
        defaults.batchSize(), defaults.learningRate(), defaults.weightDecay(),
        defaults.hiddenUnits(), defaults.dropout(), taskWeights, defaults.devFraction(), defaults.refitOnAll());
    config = head.apply(config);
    if (!scratch && (resume || checkpoint != null || speeds != null || noSpecAugment
        || melBins != null || tdnnLayers != null || devFolds != 1)) {
      throw new IllegalArgumentException("--resume, --checkpoint, --dev-folds, --speed-perturb, "
          + "--mel-bins, "
          + "--tdnn-layers and --no-spec-augment apply to encoders trained from scratch (--encoder "
          + TdnnEncoder.NAME + "); " + encoder + " trains in seconds and needs none of them");
    }
    if (scratch && !encoder.equals(TdnnEncoder.NAME)
        && (speeds != null || noSpecAugment || melBins != null || tdnnLayers != null)) {
      throw new IllegalArgumentException("--speed-perturb, --mel-bins, --tdnn-layers and "
          + "--no-spec-augment apply to --encoder " + TdnnEncoder.NAME + "; a learned pooling over " + encoder
          + " trains on the pretrained model's layer outputs as they are");
    }
    List<TaskSpec> specs = specs(tasks, multi);
    Manifest trainManifest = Manifest.read(train, group);
    Optional<Manifest> devManifest = dev == null ? Optional.empty()
        : Optional.of(Manifest.read(dev, group));
    TrainingPipeline.Outcome outcome;
    try (Progress progress = new Progress("extract")) {
      TrainingPipeline.Request request = new TrainingPipeline.Request(trainManifest, devManifest,
          specs, encoder, config, common.cache(), common.strict, common.threads);
      if (scratch) {
        TdnnConfig d = TdnnConfig.defaults();
        if (tdnnLayers != null) {
          d = TdnnConfig.withLayers(d, tdnnLayers);
        }
        TdnnConfig tdnn = new TdnnConfig(melBins != null ? melBins : d.melBins(), d.channels(), d.taps(), d.dilations(),
            d.attentionHidden(), d.embeddingUnits(), speeds != null ? speeds : d.speedFactors(),
            !noSpecAugment, d.maxTrainFrames());
        Path ckpt = checkpoint != null ? checkpoint
            : out.resolveSibling(out.getFileName() + ".ckpt");
        outcome = new SequencePipeline(System.err::println, progress, epoch -> { }).run(
            new SequencePipeline.Request(request, tdnn, LayerPoolingConfig.defaults(),
                Optional.of(ckpt), resume, devFolds));
      } else {
        outcome = new TrainingPipeline(System.err::println, progress).run(request);
      }
    }
    outcome.bundle().save(out);
    System.out.println("saved model to " + out + " (recipe " + recipe + ", best epoch "
        + outcome.result().bestEpoch() + ", dev macro-F1 "
        + String.format(java.util.Locale.ROOT, "%.4f", outcome.result().bestDevScore()) + ")");
    printSkipped(outcome.skipped());
    return 0;
  }

  static List<TaskSpec> specs(List<String> single, List<String> multi) {
    List<TaskSpec> specs = new ArrayList<>();
    single.forEach(t -> specs.add(new TaskSpec(t, TaskKind.SINGLE_LABEL)));
    multi.forEach(t -> specs.add(new TaskSpec(t, TaskKind.MULTI_LABEL)));
    if (specs.isEmpty()) {
      throw new IllegalArgumentException("no task given; name the label columns with --task NAME "
          + "(single-label) or --multilabel NAME");
    }
    return specs;
  }

  static void printSkipped(List<Extraction.Failure> skipped) {
    if (skipped.isEmpty()) {
      System.out.println("skipped rows: none");
      return;
    }
    System.out.println("skipped rows (" + skipped.size() + "):");
    for (Extraction.Failure f : skipped) {
      System.out.println("  " + f.error());
    }
  }
}
