package dev.ballast.encoders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Looks up encoders by registered name; {@code a+b} concatenates the embeddings of a and b. */
public final class Encoders {
  /** The embedded default: needs no download. */
  public static final String DEFAULT = FbankStatsEncoder.NAME;

  private Encoders() {}

  public static Map<String, EncoderFactory> available() {
    Map<String, EncoderFactory> out = new TreeMap<>();
    for (EncoderFactory f : ServiceLoader.load(EncoderFactory.class)) {
      out.put(f.name(), f);
    }
    return out;
  }

  /** Creates the encoder named {@code expression} with default settings ("a+b" concatenates). */
  public static Encoder create(String expression) {
    String[] parts = expression.split("\\+");
    List<Encoder> encoders = new ArrayList<>();
    for (String part : parts) {
      encoders.add(create(new EncoderSpec(part.trim(), Map.of())));
    }
    return encoders.size() == 1 ? encoders.get(0) : new ConcatenatedEncoder(encoders);
  }

  /** Re-creates an encoder from a stored spec (as saved in a model). */
  public static Encoder create(EncoderSpec spec) {
    if (spec.name().equals(ConcatenatedEncoder.NAME)) {
      return ConcatenatedEncoder.fromSpec(spec);
    }
    Map<String, EncoderFactory> available = available();
    EncoderFactory f = available.get(spec.name());
    if (f == null) {
      throw new IllegalArgumentException("unknown encoder '" + spec.name() + "'; available: "
          + available.keySet() + " (join names with + to concatenate)");
    }
    return f.create(spec.settings());
  }

  /**
   * Rejects a stored {@code version} setting other than {@code version}: embeddings of another
   * version would not match what the model was trained on.
   */
  public static void requireVersion(String encoder, Map<String, String> settings, int version) {
    String stored = settings.getOrDefault("version", Integer.toString(version));
    if (!stored.equals(Integer.toString(version))) {
      throw new IllegalArgumentException(encoder + " version " + stored
          + " is not available in this release (it has version " + version + ")");
    }
  }

  /** Rejects settings keys an encoder does not know. */
  public static void requireKnownSettings(String encoder, Map<String, String> settings,
      java.util.Set<String> known) {
    for (String k : settings.keySet()) {
      if (!known.contains(k)) {
        throw new IllegalArgumentException("encoder " + encoder + " has no setting '" + k
            + "'; known settings: " + new java.util.TreeSet<>(known));
      }
    }
  }
}
