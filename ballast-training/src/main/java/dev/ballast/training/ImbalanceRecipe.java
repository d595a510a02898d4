package dev.ballast.training;

import java.util.List;
import java.util.Objects;

/**
 * A named combination of imbalance remedies.
 *
 * @param weighting class weights in the loss (single-label) and positive weights (multi-label)
 * @param sampler how batches are drawn
 * @param posthocTau post-hoc logit adjustment: {@code tau * log prior} is subtracted from the
 *     logits at prediction time (0 = off); stored in the model
 */
public record ImbalanceRecipe(String name, String description, ClassWeighting weighting,
    SamplerKind sampler, double posthocTau) {

  /** Cross-entropy, nothing else: the baseline that collapses on skewed labels. */
  public static final ImbalanceRecipe PLAIN = new ImbalanceRecipe("plain",
      "cross-entropy with instance sampling, no remedy (the collapsing baseline)",
      ClassWeighting.NONE, SamplerKind.INSTANCE, 0);

  /**
   * The project's default remedy, chosen by measurement on the EmoDB long-tailed split (README):
   * inverse-square-root class weights plus post-hoc logit adjustment with tau 0.5; together they
   * correct the class prior fully, split between training and decision.
   */
  public static final ImbalanceRecipe BALANCED = new ImbalanceRecipe("balanced",
      "inverse-sqrt class-weighted loss + post-hoc logit adjustment (tau 0.5)",
      ClassWeighting.INVERSE_SQRT, SamplerKind.INSTANCE, 0.5);

  /** Inverse-frequency class weights alone. */
  public static final ImbalanceRecipe WEIGHTED = new ImbalanceRecipe("weighted",
      "inverse-frequency class-weighted loss", ClassWeighting.INVERSE_FREQUENCY,
      SamplerKind.INSTANCE, 0);

  /** Post-hoc logit adjustment alone (Menon et al.): plain training, prior removed at decision. */
  public static final ImbalanceRecipe LOGIT_ADJUSTED = new ImbalanceRecipe("logit-adjusted",
      "cross-entropy + post-hoc logit adjustment (tau 1)", ClassWeighting.NONE,
      SamplerKind.INSTANCE, 1);

  /** Class-balanced batch sampling alone. */
  public static final ImbalanceRecipe SAMPLED = new ImbalanceRecipe("sampled",
      "class-balanced batch sampling on the task with most classes", ClassWeighting.NONE,
      SamplerKind.CLASS_BALANCED, 0);

  /** Square-root class weights on top of class-balanced sampling. */
  public static final ImbalanceRecipe WEIGHTED_SAMPLED = new ImbalanceRecipe("weighted-sampled",
      "inverse-sqrt class-weighted loss + class-balanced sampling", ClassWeighting.INVERSE_SQRT,
      SamplerKind.CLASS_BALANCED, 0);

  public ImbalanceRecipe {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(sampler, "sampler");
    if (!(posthocTau >= 0)) {
      throw new IllegalArgumentException("posthocTau must be >= 0, got " + posthocTau);
    }
  }

  public static List<ImbalanceRecipe> all() {
    return List.of(PLAIN, BALANCED, WEIGHTED, LOGIT_ADJUSTED, SAMPLED, WEIGHTED_SAMPLED);
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
