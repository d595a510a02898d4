package dev.ballast.training.loss;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Losses by registered name, for recipes. Parameters are strings; unknown names and parameters
 * are errors that list what exists. Single-label names and parameters (defaults in brackets):
 * <ul>
 *   <li>{@code ce}: none
 *   <li>{@code weighted-ce}: {@code weighting} = inverse-frequency | inverse-sqrt |
 *       effective-number [inverse-frequency], {@code beta} [0.999, effective-number only]
 *   <li>{@code focal}: {@code gamma} [2], {@code weighting} = none | inverse-frequency |
 *       inverse-sqrt | effective-number [none], {@code beta} [0.999, effective-number only]
 *   <li>{@code cb-focal}: {@code beta} [0.999], {@code gamma} [2]
 *   <li>{@code ldam-drw}: {@code drw-epoch} (required, 1-based), {@code max-margin} [0.5],
 *       {@code scale} [1], {@code beta} [0.9999]
 *   <li>{@code logit-adjusted}: {@code tau} [1]
 *   <li>{@code dice}: {@code smoothing} [1]
 *   <li>{@code sa-dice}: {@code alpha} [1], {@code smoothing} [1]
 *   <li>{@code label-smoothing}: {@code epsilon} [0.1], {@code base} = another single-label
 *       name [ce]; the other parameters go to the base
 * </ul>
 * Multi-label: {@code bce} (none); {@code weighted-bce}: {@code weighting} = inverse-frequency |
 * inverse-sqrt [inverse-frequency]; {@code focal-bce}: {@code gamma} [2], {@code alpha} [none];
 * {@code asl}: {@code gamma-pos} [0], {@code gamma-neg} [4], {@code clip} [0.05].
 */
public final class Losses {
  private static final String WEIGHTING = "weighting";
  private static final String BETA = "beta";
  private static final String NONE = "none";
  private static final String INVERSE_FREQUENCY = "inverse-frequency";
  private static final String INVERSE_SQRT = "inverse-sqrt";
  private static final String EFFECTIVE_NUMBER = "effective-number";
  private static final double DEFAULT_WEIGHTING_BETA = 0.999;
  private static final Map<String, SingleFactory> SINGLE = singleFactories();
  private static final Map<String, MultiFactory> MULTI = multiFactories();

  private Losses() {
  }

  private interface SingleFactory {
    SingleLabelLoss create(String who, Map<String, String> params, ClassCounts counts);
  }

  private interface MultiFactory {
    MultiLabelLoss create(String who, Map<String, String> params, long[] positives,
        long examples);
  }

  /** The registered single-label names, in documentation order. */
  public static List<String> singleNames() {
    return List.copyOf(SINGLE.keySet());
  }

  /** The registered multi-label names, in documentation order. */
  public static List<String> multiNames() {
    return List.copyOf(MULTI.keySet());
  }

  /**
   * @param classCounts {@code long[class]}, training examples per class of the task's vocabulary
   * @throws IllegalArgumentException for an unknown name or parameter, or an invalid value
   */
  public static SingleLabelLoss single(String name, Map<String, String> params,
      long[] classCounts) {
    return lookup(SINGLE, name, "single-label")
        .create("loss '" + name + "'", params, new ClassCounts(classCounts));
  }

  /**
   * @param positiveCounts {@code long[label]}, training examples where each label is present
   * @param exampleCount training examples labelled for the task
   * @throws IllegalArgumentException for an unknown name or parameter, or an invalid value
   */
  public static MultiLabelLoss multi(String name, Map<String, String> params,
      long[] positiveCounts, long exampleCount) {
    MultiFactory factory = lookup(MULTI, name, "multi-label");
    Objects.requireNonNull(positiveCounts, "positiveCounts");
    if (positiveCounts.length == 0 || exampleCount < 1) {
      throw new IllegalArgumentException("loss '" + name + "' needs one positive count per label"
          + " and at least one training example, got " + positiveCounts.length + " labels and "
          + exampleCount + " examples");
    }
    return factory.create("loss '" + name + "'", params, positiveCounts.clone(),
        exampleCount);
  }

  private static <F> F lookup(Map<String, F> registry, String name, String kind) {
    F factory = registry.get(Objects.requireNonNull(name, "name"));
    if (factory == null) {
      throw new IllegalArgumentException("unknown " + kind + " loss '" + name + "'; known: "
          + String.join(", ", registry.keySet()));
    }
    return factory;
  }

  private static Map<String, SingleFactory> singleFactories() {
    Map<String, SingleFactory> m = new LinkedHashMap<>();
    m.put("ce", (d, raw, counts) -> {
      new Params(d, raw, List.of());
      return CrossEntropy.unweighted();
    });
    m.put("weighted-ce", (d, raw, counts) -> CrossEntropy.weighted(
        weights(new Params(d, raw, List.of(WEIGHTING, BETA)), counts, INVERSE_FREQUENCY,
            List.of(INVERSE_FREQUENCY, INVERSE_SQRT, EFFECTIVE_NUMBER)).orElseThrow()));
    m.put("focal", (d, raw, counts) -> {
      Params p = new Params(d, raw, List.of("gamma", WEIGHTING, BETA));
      return new FocalLoss(p.number("gamma", FocalLoss.DEFAULT_GAMMA), weights(p, counts, NONE,
          List.of(NONE, INVERSE_FREQUENCY, INVERSE_SQRT, EFFECTIVE_NUMBER)));
    });
    m.put("cb-focal", (d, raw, counts) -> {
      Params p = new Params(d, raw, List.of(BETA, "gamma"));
      return new ClassBalancedFocal(counts, p.number(BETA, ClassBalancedFocal.DEFAULT_BETA),
          p.number("gamma", FocalLoss.DEFAULT_GAMMA));
    });
    m.put("ldam-drw", (d, raw, counts) -> {
      Params p = new Params(d, raw, List.of("drw-epoch", "max-margin", "scale", BETA));
      return new LdamLoss(counts, p.number("max-margin", LdamLoss.DEFAULT_MAX_MARGIN),
          p.number("scale", LdamLoss.DEFAULT_SCALE), p.number(BETA, LdamLoss.DEFAULT_DRW_BETA),
          p.integer("drw-epoch", "the 1-based epoch from which class weights apply"
              + " (the paper uses 80% of the epochs, e.g. 160 of 200)"));
    });
    m.put("logit-adjusted", (d, raw, counts) -> new LogitAdjustedLoss(counts,
        new Params(d, raw, List.of("tau")).number("tau", LogitAdjustedLoss.DEFAULT_TAU)));
    m.put("dice", (d, raw, counts) -> new DiceLoss(
        new Params(d, raw, List.of("smoothing")).number("smoothing", DiceLoss.DEFAULT_SMOOTHING)));
    m.put("sa-dice", (d, raw, counts) -> {
      Params p = new Params(d, raw, List.of("alpha", "smoothing"));
      return new SelfAdjustingDice(p.number("alpha", SelfAdjustingDice.DEFAULT_ALPHA),
          p.number("smoothing", DiceLoss.DEFAULT_SMOOTHING));
    });
    m.put("label-smoothing", Losses::labelSmoothing);
    return Collections.unmodifiableMap(m);
  }

  /** {@code epsilon} and {@code base} are its own; every other parameter is the base's. */
  private static SingleLabelLoss labelSmoothing(String who, Map<String, String> raw,
      ClassCounts counts) {
    List<String> own = List.of("epsilon", "base");
    Map<String, String> mine = new LinkedHashMap<>();
    Map<String, String> theirs = new LinkedHashMap<>();
    raw.forEach((k, v) -> (own.contains(k) ? mine : theirs).put(k, v));
    Params p = new Params(who, mine, own);
    String base = p.text("base", "ce");
    SingleLabelLoss inner = lookup(SINGLE, base, "base")
        .create("loss '" + base + "' (base of " + who + ")", theirs, counts);
    return new LabelSmoothing(p.number("epsilon", LabelSmoothing.DEFAULT_EPSILON), inner);
  }

  /** Class weights chosen by the {@code weighting} parameter; "none" gives empty. */
  private static Optional<ClassVector> weights(Params p, ClassCounts counts, String fallback,
      List<String> allowed) {
    String scheme = p.choice(WEIGHTING, fallback, allowed);
    if (!scheme.equals(EFFECTIVE_NUMBER) && p.has(BETA)) {
      throw new IllegalArgumentException(p.who() + ": parameter 'beta' applies only"
          + " with weighting=" + EFFECTIVE_NUMBER + ", got weighting=" + scheme);
    }
    return switch (scheme) {
      case INVERSE_FREQUENCY -> Optional.of(ClassWeights.inverseFrequency(counts));
      case INVERSE_SQRT -> Optional.of(ClassWeights.inverseSqrt(counts));
      case EFFECTIVE_NUMBER -> Optional.of(
          ClassWeights.effectiveNumber(counts, p.number(BETA, DEFAULT_WEIGHTING_BETA)));
      default -> Optional.empty();
    };
  }

  private static Map<String, MultiFactory> multiFactories() {
    Map<String, MultiFactory> m = new LinkedHashMap<>();
    m.put("bce", (d, raw, positives, n) -> {
      new Params(d, raw, List.of());
      return WeightedBce.unweighted();
    });
    m.put("weighted-bce", (d, raw, positives, n) -> {
      String scheme = new Params(d, raw, List.of(WEIGHTING))
          .choice(WEIGHTING, INVERSE_FREQUENCY, List.of(INVERSE_FREQUENCY, INVERSE_SQRT));
      return WeightedBce.fromCounts(positives, n, scheme.equals(INVERSE_FREQUENCY) ? 1 : 0.5);
    });
    m.put("focal-bce", (d, raw, positives, n) -> {
      Params p = new Params(d, raw, List.of("gamma", "alpha"));
      return new FocalBce(p.number("gamma", FocalBce.DEFAULT_GAMMA), p.has("alpha")
          ? OptionalDouble.of(p.number("alpha", Double.NaN)) : OptionalDouble.empty());
    });
    m.put("asl", (d, raw, positives, n) -> {
      Params p = new Params(d, raw, List.of("gamma-pos", "gamma-neg", "clip"));
      return new AsymmetricLoss(p.number("gamma-pos", AsymmetricLoss.DEFAULT_GAMMA_POSITIVE),
          p.number("gamma-neg", AsymmetricLoss.DEFAULT_GAMMA_NEGATIVE),
          p.number("clip", AsymmetricLoss.DEFAULT_CLIP));
    });
    return Collections.unmodifiableMap(m);
  }
}
