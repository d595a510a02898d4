package dev.ballast.cli;

import dev.ballast.heads.GroupNormalizer;
import dev.ballast.training.TrainingConfig;
import java.util.List;
import picocli.CommandLine.Option;

/** Options of the heads trained on fixed embeddings, shared by train, compare and protocol. */
final class HeadOptions {
  @Option(names = "--hidden", defaultValue = "256", split = ",", description = "Trunk layer widths (default: ${DEFAULT-VALUE}).") List<Integer> hidden;
  @Option(names = "--weight-decay", defaultValue = "1e-4", paramLabel = "L2", description = "L2 penalty on the weights in Adam (default: ${DEFAULT-VALUE}).") double weightDecay;
  @Option(names = "--dropout", defaultValue = "0.3", paramLabel = "P", description = "Dropout after each trunk layer (default: ${DEFAULT-VALUE}).") double dropout;
  @Option(names = "--group-norm", defaultValue = "none", paramLabel = "MODE", description = "Speaker (group) normalisation: append adds each embedding made relative to the other clips of its group (the --group column), replace keeps only that; the model then predicts a speaker's clips together (default: ${DEFAULT-VALUE}).") String groupNorm;

  /** The settings as written into compare.json and protocol.json. */
  java.util.Map<String, Object> describe() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("hidden", hidden);
    m.put("weight_decay", weightDecay);
    m.put("dropout", dropout);
    m.put("group_norm", GroupNormalizer.Mode.parse(groupNorm).jsonName());
    return m;
  }

  /** One line for the markdown tables: "head [256], weight decay 0.0001, dropout 0.3". */
  String summary() {
    String s = String.format(java.util.Locale.ROOT, "head %s, weight decay %s, dropout %s",
        hidden, weightDecay, dropout);
    GroupNormalizer.Mode m = GroupNormalizer.Mode.parse(groupNorm);
    return m == GroupNormalizer.Mode.NONE ? s : s + ", group normalisation " + m.jsonName();
  }

  /** {@code base} with these head settings. */
  TrainingConfig apply(TrainingConfig base) {
    return new TrainingConfig(base.recipe(), base.seed(), base.maxEpochs(), base.patience(),
        base.batchSize(), base.learningRate(), weightDecay, hidden, dropout,
        base.taskLossWeights(), base.devFraction(), base.refitOnAll(),
        GroupNormalizer.Mode.parse(groupNorm));
  }
}
