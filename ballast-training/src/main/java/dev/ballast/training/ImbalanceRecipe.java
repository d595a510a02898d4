package dev.ballast.training;

import dev.ballast.training.augment.Augment;
import dev.ballast.training.augment.Mixup;
import dev.ballast.training.decision.DecisionTuning;
import dev.ballast.training.loss.Losses;
import dev.ballast.training.resampling.Resamplers;
import java.util.List;
import java.util.Objects;

/**
 * A named combination of the imbalance levers, each kept apart: the loss (single-label and
 * multi-label), the batch sampler, dataset resampling of the training part in embedding space,
 * and the decision stage (post-hoc logit adjustment, plus the dev-tuned levers of
 * {@link DecisionTuning}).
 *
 * @param resampler a {@link Resamplers} name; applied to training data only, never at predict time
 * @param posthocTau {@code tau * log prior} is subtracted from the logits at prediction (0 = off)
 * @param decision cRT, tau-normalisation, bias and threshold tuning; {@link DecisionTuning#OFF}
 *     for none
 * @param mixup embedding mixup with soft targets in each training batch; {@link Mixup#NONE} for none
 * @param augment extra training rows from augmented audio of training rows (waveform copies,
 *     multi-label segment joins); {@link Augment#NONE} for none
 */
public record ImbalanceRecipe(String name, String description, LossSpec singleLoss,
    LossSpec multiLoss, SamplerKind sampler, String resampler, double posthocTau,
    DecisionTuning decision, Mixup mixup, Augment augment) {

  private static final LossSpec CE = LossSpec.of("ce");
  private static final LossSpec BCE = LossSpec.of("bce");
  private static final LossSpec SQRT_CE = LossSpec.of("weighted-ce", "weighting", "inverse-sqrt");
  private static final LossSpec SQRT_BCE = LossSpec.of("weighted-bce", "weighting", "inverse-sqrt");

  /** Cross-entropy, nothing else: the baseline that collapses on skewed labels. */
  public static final ImbalanceRecipe PLAIN = new ImbalanceRecipe("plain",
      "cross-entropy with instance sampling, no remedy (the collapsing baseline)", CE, BCE,
      SamplerKind.INSTANCE, "none", 0);

  /**
   * The project's default remedy, chosen by measurement on the EmoDB long-tailed split (README):
   * inverse-square-root class weights plus post-hoc logit adjustment with tau 0.5; together they
   * correct the class prior fully, split between training and decision.
   */
  public static final ImbalanceRecipe BALANCED = new ImbalanceRecipe("balanced",
      "inverse-sqrt class-weighted loss + post-hoc logit adjustment (tau 0.5)", SQRT_CE, SQRT_BCE,
      SamplerKind.INSTANCE, "none", 0.5);

  public static final ImbalanceRecipe WEIGHTED = new ImbalanceRecipe("weighted",
      "inverse-frequency class-weighted loss",
      LossSpec.of("weighted-ce", "weighting", "inverse-frequency"),
      LossSpec.of("weighted-bce", "weighting", "inverse-frequency"), SamplerKind.INSTANCE, "none", 0);

  public static final ImbalanceRecipe LOGIT_ADJUSTED = new ImbalanceRecipe("logit-adjusted",
      "cross-entropy + post-hoc logit adjustment (tau 1)", CE, BCE, SamplerKind.INSTANCE, "none", 1);

  public static final ImbalanceRecipe SAMPLED = new ImbalanceRecipe("sampled",
      "class-balanced batch sampling on the task with most classes", CE, BCE,
      SamplerKind.CLASS_BALANCED, "none", 0);

  public static final ImbalanceRecipe WEIGHTED_SAMPLED = new ImbalanceRecipe("weighted-sampled",
      "inverse-sqrt class-weighted loss + class-balanced sampling", SQRT_CE, SQRT_BCE,
      SamplerKind.CLASS_BALANCED, "none", 0);

  public static final ImbalanceRecipe SQRT_SAMPLED = new ImbalanceRecipe("sqrt-sampled",
      "square-root sampling on the task with most classes", CE, BCE, SamplerKind.SQUARE_ROOT,
      "none", 0);

  public static final ImbalanceRecipe PROGRESSIVE = new ImbalanceRecipe("progressive",
      "progressively balanced sampling (instance to class-balanced over 100 epochs)", CE, BCE,
      SamplerKind.PROGRESSIVE, "none", 0);

  public static final ImbalanceRecipe RAREST = new ImbalanceRecipe("rarest-label",
      "multi-task sampling weighted by the rarest label an example carries", CE, BCE,
      SamplerKind.RAREST_LABEL, "none", 0);

  public static final ImbalanceRecipe LA_LOSS = new ImbalanceRecipe("la-loss",
      "logit-adjusted loss (tau 1, prior added to the logits in training)",
      LossSpec.of("logit-adjusted", "tau", "1"), SQRT_BCE, SamplerKind.INSTANCE, "none", 0);

  public static final ImbalanceRecipe FOCAL = new ImbalanceRecipe("focal",
      "focal loss (gamma 2) with inverse-sqrt class weights; focal BCE",
      LossSpec.of("focal", "gamma", "2", "weighting", "inverse-sqrt"), LossSpec.of("focal-bce"),
      SamplerKind.INSTANCE, "none", 0);

  public static final ImbalanceRecipe CB_FOCAL = new ImbalanceRecipe("cb-focal",
      "class-balanced focal loss (effective number, beta 0.999, gamma 1)",
      LossSpec.of("cb-focal", "beta", "0.999", "gamma", "1"), SQRT_BCE, SamplerKind.INSTANCE,
      "none", 0);

  public static final ImbalanceRecipe LDAM_DRW = new ImbalanceRecipe("ldam-drw",
      "LDAM margins with deferred re-weighting from epoch 20; asymmetric loss for multi-label",
      LossSpec.of("ldam-drw", "drw-epoch", "20", "max-margin", "0.5", "scale", "2"),
      LossSpec.of("asl"), SamplerKind.INSTANCE, "none", 0);

  public static final ImbalanceRecipe SMOOTHED = new ImbalanceRecipe("balanced-smoothed",
      "balanced + label smoothing 0.1",
      LossSpec.of("label-smoothing", "epsilon", "0.1", "base", "weighted-ce", "weighting",
          "inverse-sqrt"), SQRT_BCE, SamplerKind.INSTANCE, "none", 0.5);

  public static final ImbalanceRecipe DICE = new ImbalanceRecipe("sa-dice",
      "self-adjusting Dice loss", LossSpec.of("sa-dice"), SQRT_BCE, SamplerKind.INSTANCE,
      "none", 0);

  public static final ImbalanceRecipe SMOTE = new ImbalanceRecipe("smote",
      "SMOTE on the training embeddings + cross-entropy", CE, BCE, SamplerKind.INSTANCE, "smote", 0);

  public static final ImbalanceRecipe BORDERLINE = new ImbalanceRecipe("borderline-smote",
      "Borderline-SMOTE on the training embeddings + cross-entropy", CE, BCE,
      SamplerKind.INSTANCE, "borderline-smote", 0);

  public static final ImbalanceRecipe ADASYN = new ImbalanceRecipe("adasyn",
      "ADASYN on the training embeddings + cross-entropy", CE, BCE, SamplerKind.INSTANCE,
      "adasyn", 0);

  public static final ImbalanceRecipe OVER = new ImbalanceRecipe("random-over",
      "random over-sampling to the majority count + cross-entropy", CE, BCE, SamplerKind.INSTANCE,
      "random-over", 0);

  public static final ImbalanceRecipe UNDER = new ImbalanceRecipe("random-under",
      "random under-sampling to the minority count + cross-entropy", CE, BCE, SamplerKind.INSTANCE,
      "random-under", 0);

  public static final ImbalanceRecipe TOMEK = new ImbalanceRecipe("tomek-balanced",
      "Tomek-link cleaning + the balanced recipe", SQRT_CE, SQRT_BCE, SamplerKind.INSTANCE,
      "tomek", 0.5);

  public static final ImbalanceRecipe ENN = new ImbalanceRecipe("enn-balanced",
      "edited nearest neighbours cleaning + the balanced recipe", SQRT_CE, SQRT_BCE,
      SamplerKind.INSTANCE, "enn", 0.5);

  /** Tuned for macro-F1 on dev: per-class biases (single-label) and thresholds (multi-label). */
  private static final DecisionTuning TUNED = DecisionTuning.OFF.withBias().withThresholds();

  public static final ImbalanceRecipe BALANCED_TUNED = new ImbalanceRecipe("balanced-tuned",
      "balanced + dev-tuned class biases (macro-F1) and multi-label thresholds (per-label F1)",
      SQRT_CE, SQRT_BCE, SamplerKind.INSTANCE, "none", 0.5, TUNED);

  public static final ImbalanceRecipe LA_TUNED = new ImbalanceRecipe("la-tuned",
      "logit-adjusted (tau 1) + dev-tuned class biases and multi-label thresholds", CE, BCE,
      SamplerKind.INSTANCE, "none", 1, TUNED);

  public static final ImbalanceRecipe CRT = new ImbalanceRecipe("crt",
      "cross-entropy representation, then classifier re-training on the frozen trunk with "
          + "class-balanced sampling (30 epochs) + multi-label thresholds",
      CE, BCE, SamplerKind.INSTANCE, "none", 0, DecisionTuning.OFF.withCrtEpochs(30)
          .withThresholds());

  public static final ImbalanceRecipe TAU_NORM = new ImbalanceRecipe("tau-norm",
      "cross-entropy, then tau-normalised classifier weights (tau 1) + multi-label thresholds",
      CE, BCE, SamplerKind.INSTANCE, "none", 0, DecisionTuning.OFF.withTauNorm(1)
          .withThresholds());

  public static final ImbalanceRecipe CRT_TUNED = new ImbalanceRecipe("crt-tuned",
      "cRT (30 epochs) + dev-tuned class biases and multi-label thresholds", CE, BCE,
      SamplerKind.INSTANCE, "none", 0, TUNED.withCrtEpochs(30));

  /** A recipe without decision tuning. */
  public ImbalanceRecipe(String name, String description, LossSpec singleLoss,
      LossSpec multiLoss, SamplerKind sampler, String resampler, double posthocTau) {
    this(name, description, singleLoss, multiLoss, sampler, resampler, posthocTau,
        DecisionTuning.OFF, Mixup.NONE);
  }

  /** A recipe without mixup. */
  public ImbalanceRecipe(String name, String description, LossSpec singleLoss,
      LossSpec multiLoss, SamplerKind sampler, String resampler, double posthocTau,
      DecisionTuning decision) {
    this(name, description, singleLoss, multiLoss, sampler, resampler, posthocTau, decision,
        Mixup.NONE);
  }

  /** A recipe without augmentation. */
  public ImbalanceRecipe(String name, String description, LossSpec singleLoss,
      LossSpec multiLoss, SamplerKind sampler, String resampler, double posthocTau,
      DecisionTuning decision, Mixup mixup) {
    this(name, description, singleLoss, multiLoss, sampler, resampler, posthocTau, decision, mixup,
        Augment.NONE);
  }

  public static final ImbalanceRecipe MIXUP = new ImbalanceRecipe("mixup",
      "balanced + embedding mixup (random pairs, alpha 0.4, soft targets)", SQRT_CE, SQRT_BCE,
      SamplerKind.INSTANCE, "none", 0.5, DecisionTuning.OFF, new Mixup(Mixup.Pairing.RANDOM, 0.4));

  public static final ImbalanceRecipe MIXUP_WITHIN = new ImbalanceRecipe("mixup-within",
      "balanced + within-class embedding mixup (alpha 0.4)", SQRT_CE, SQRT_BCE,
      SamplerKind.INSTANCE, "none", 0.5, DecisionTuning.OFF,
      new Mixup(Mixup.Pairing.WITHIN_CLASS, 0.4));

  public static final ImbalanceRecipe MIXUP_ACROSS = new ImbalanceRecipe("mixup-across",
      "balanced + across-class embedding mixup (alpha 0.4, soft targets)", SQRT_CE, SQRT_BCE,
      SamplerKind.INSTANCE, "none", 0.5, DecisionTuning.OFF,
      new Mixup(Mixup.Pairing.ACROSS_CLASS, 0.4));

  /**
   * Waveform chain of the augmentation recipes: level (+-6 dB), timing (+-0.1 s) and speed (+-10 %,
   * pitch and tempo). No additive noise: white noise at 15-30 dB SNR fills the pauses that
   * fbank-stats leaves out (its active frames lie within 50 dB of the loudest), so noisy copies
   * stop looking like clean test clips (EmoDB emotion macro-F1 0.51 with noise, 0.55 without).
   */
  static final String WAVEFORM_CHAIN = "gain=6,shift=0.1,speed=0.9:1.1";
  private static final Augment FOUR_COPIES_EACH = new Augment(WAVEFORM_CHAIN, 4,
      Augment.Copies.EVERY_ROW, 0);

  public static final ImbalanceRecipe AUGMENTED = new ImbalanceRecipe("augmented",
      "balanced + waveform-augmented copies (" + WAVEFORM_CHAIN + ") of the rows of smaller "
          + "classes, evening the classes towards the largest, at most 4 copies per row",
      SQRT_CE, SQRT_BCE, SamplerKind.INSTANCE, "none", 0.5, DecisionTuning.OFF, Mixup.NONE,
      new Augment(WAVEFORM_CHAIN, 4, Augment.Copies.TO_BALANCE, 0));

  public static final ImbalanceRecipe AUGMENTED_ALL = new ImbalanceRecipe("augmented-all",
      "inverse-sqrt weighted loss + 4 waveform-augmented copies of every training row ("
          + WAVEFORM_CHAIN + ") + post-hoc logit adjustment (tau 1)",
      SQRT_CE, SQRT_BCE, SamplerKind.INSTANCE, "none", 1, DecisionTuning.OFF, Mixup.NONE,
      FOUR_COPIES_EACH);

  /**
   * The augmentation recipe that lifts the weakest EmoDB emotion most (README): augmented-all
   * plus across-class embedding mixup, whose soft targets blur the majority class's boundary.
   */
  public static final ImbalanceRecipe AUGMENTED_ACROSS = new ImbalanceRecipe("augmented-across",
      "augmented-all + across-class embedding mixup (alpha 0.4, soft targets)",
      SQRT_CE, SQRT_BCE, SamplerKind.INSTANCE, "none", 1, DecisionTuning.OFF,
      new Mixup(Mixup.Pairing.ACROSS_CLASS, 0.4), FOUR_COPIES_EACH);

  public static final ImbalanceRecipe CONCAT_POSITIVES = new ImbalanceRecipe("concat-positives",
      "balanced + 2 new multi-label examples per positive row, each joining it with another "
          + "segment of the same recording (else patient), targets the union",
      SQRT_CE, SQRT_BCE, SamplerKind.INSTANCE, "none", 0.5, DecisionTuning.OFF, Mixup.NONE,
      new Augment("", 0, Augment.Copies.EVERY_ROW, 2));

  public ImbalanceRecipe {
    Objects.requireNonNull(mixup, "mixup");
    Objects.requireNonNull(augment, "augment");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(singleLoss, "singleLoss");
    Objects.requireNonNull(multiLoss, "multiLoss");
    Objects.requireNonNull(sampler, "sampler");
    if (!Losses.singleNames().contains(singleLoss.name())) {
      throw new IllegalArgumentException("recipe " + name + ": unknown single-label loss '"
          + singleLoss.name() + "'; available: " + Losses.singleNames());
    }
    if (!Losses.multiNames().contains(multiLoss.name())) {
      throw new IllegalArgumentException("recipe " + name + ": unknown multi-label loss '"
          + multiLoss.name() + "'; available: " + Losses.multiNames());
    }
    if (!Resamplers.names().contains(resampler)) {
      throw new IllegalArgumentException("recipe " + name + ": unknown resampler '" + resampler
          + "'; available: " + Resamplers.names());
    }
    if (!(posthocTau >= 0)) {
      throw new IllegalArgumentException("posthocTau must be >= 0, got " + posthocTau);
    }
  }

  public static List<ImbalanceRecipe> all() {
    return List.of(PLAIN, BALANCED, WEIGHTED, LOGIT_ADJUSTED, SAMPLED, WEIGHTED_SAMPLED,
        SQRT_SAMPLED, PROGRESSIVE, RAREST, LA_LOSS,
        FOCAL, CB_FOCAL, LDAM_DRW, SMOOTHED, DICE, SMOTE, BORDERLINE, ADASYN, OVER, UNDER, TOMEK,
        ENN, BALANCED_TUNED, LA_TUNED, CRT, TAU_NORM, CRT_TUNED, MIXUP, MIXUP_WITHIN, MIXUP_ACROSS,
        AUGMENTED, AUGMENTED_ALL, AUGMENTED_ACROSS, CONCAT_POSITIVES);
  }

  public static ImbalanceRecipe byName(String name) {
    for (ImbalanceRecipe r : all()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown recipe '" + name + "'; available: "
        + all().stream().map(ImbalanceRecipe::name).toList());
  }
}
