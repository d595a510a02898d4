package dev.ballast.audio.augment;

import dev.ballast.audio.AudioClip;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Waveform augmentations applied in order, each drawing from one seeded stream. Parsed from a spec
 * such as {@code gain=6,shift=0.1,noise=10:30,speed=0.9:1.1}:
 *
 * <ul>
 *   <li>{@code gain=D} (+-D dB) or {@code gain=MIN:MAX} (dB): {@link Gain}
 *   <li>{@code shift=S} (up to S seconds either way, circular) or {@code shift=S:zero} /
 *       {@code shift=S:circular}: {@link TimeShift}
 *   <li>{@code noise=MIN:MAX} or {@code noise=SNR} (dB): {@link AdditiveNoise}
 *   <li>{@code speed=MIN:MAX} or {@code speed=F}: {@link Speed}
 * </ul>
 */
public final class AugmentationChain {
  /** The names {@link #parse} accepts, in the order they are documented. */
  public static final List<String> NAMES = List.of("gain", "shift", "noise", "speed");

  private final List<WaveformAugmentation> steps;

  public AugmentationChain(List<WaveformAugmentation> steps) {
    this.steps = List.copyOf(steps);
    if (this.steps.isEmpty()) {
      throw new IllegalArgumentException("an augmentation chain needs at least one step; name one "
          + "of " + NAMES + " or leave augmentation off");
    }
  }

  public List<WaveformAugmentation> steps() {
    return steps;
  }

  /** Applies every step in order with one stream seeded by {@code seed}. */
  public AudioClip apply(AudioClip clip, long seed) {
    Objects.requireNonNull(clip, "clip");
    SplittableRandom random = new SplittableRandom(seed);
    AudioClip out = clip;
    for (WaveformAugmentation step : steps) {
      out = step.apply(out, random);
    }
    return out;
  }

  /** The canonical spec (explicit ranges and modes): equal chains have equal specs. */
  public String spec() {
    return steps.stream().map(WaveformAugmentation::spec).collect(Collectors.joining(","));
  }

  @Override
  public String toString() {
    return spec();
  }

  /** Parses a comma-separated list of {@code name=value} steps; see the class comment. */
  public static AugmentationChain parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    if (spec.isBlank()) {
      throw new IllegalArgumentException("augmentation spec is empty; write e.g. "
          + "gain=6,shift=0.1,noise=10:30,speed=0.9:1.1");
    }
    List<WaveformAugmentation> steps = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String part : spec.split(",", -1)) {
      String item = part.strip();
      int eq = item.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("augmentation step '" + item + "' in '" + spec
            + "' is not name=value; write e.g. gain=6 (names: " + NAMES + ")");
      }
      String name = item.substring(0, eq).strip();
      String value = item.substring(eq + 1).strip();
      if (!seen.add(name)) {
        throw new IllegalArgumentException("augmentation '" + name + "' appears twice in '"
            + spec + "'; give each step once");
      }
      steps.add(step(name, value, spec));
    }
    return new AugmentationChain(steps);
  }

  private static WaveformAugmentation step(String name, String value, String spec) {
    switch (name) {
      case "gain": {
        double[] r = range(name, value, "gain=6 or gain=-3:6");
        return value.contains(":") ? new Gain(r[0], r[1]) : new Gain(-r[0], r[0]);
      }
      case "shift": {
        String[] parts = value.split(":", -1);
        if (parts.length > 2) {
          throw badValue(name, value, "shift=0.1 or shift=0.1:zero");
        }
        TimeShift.Mode mode = TimeShift.Mode.CIRCULAR;
        if (parts.length == 2) {
          mode = switch (parts[1].strip()) {
            case "circular" -> TimeShift.Mode.CIRCULAR;
            case "zero" -> TimeShift.Mode.ZERO_FILL;
            default -> throw badValue(name, value, "shift=0.1:circular or shift=0.1:zero");
          };
        }
        return new TimeShift(number(name, parts[0], value, "shift=0.1"), mode);
      }
      case "noise": {
        double[] r = range(name, value, "noise=10:30");
        return new AdditiveNoise(r[0], r[1]);
      }
      case "speed": {
        double[] r = range(name, value, "speed=0.9:1.1");
        return new Speed(r[0], r[1]);
      }
      default:
        throw new IllegalArgumentException("unknown augmentation '" + name + "' in '" + spec
            + "'; available: " + NAMES);
    }
  }

  /** {@code A} (both bounds A) or {@code A:B}. */
  private static double[] range(String name, String value, String example) {
    String[] parts = value.split(":", -1);
    if (parts.length == 1) {
      double v = number(name, parts[0], value, example);
      return new double[] {v, v};
    }
    if (parts.length == 2) {
      return new double[] {number(name, parts[0], value, example),
          number(name, parts[1], value, example)};
    }
    throw badValue(name, value, example);
  }

  private static double number(String name, String text, String value, String example) {
    try {
      double v = Double.parseDouble(text.strip());
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below with the whole value
    }
    throw badValue(name, value, example);
  }

  private static IllegalArgumentException badValue(String name, String value, String example) {
    return new IllegalArgumentException("augmentation " + name + ": cannot read '" + value
        + "' as a number or MIN:MAX range; write e.g. " + example);
  }
}
