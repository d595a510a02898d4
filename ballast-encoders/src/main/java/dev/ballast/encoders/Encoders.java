package dev.ballast.encoders;

import dev.ballast.encoders.learned.LayerFrameFactory;
import dev.ballast.encoders.learned.LayerFrameSource;
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

  /**
   * Creates the encoder named {@code expression} ("a+b" concatenates); a part may carry settings
   * as {@code name{key=value,key=value}}, e.g. {@code onnx{model=/models/wavlm.onnx}}.
   */
  public static Encoder create(String expression) {
    List<Encoder> encoders = new ArrayList<>();
    for (EncoderSpec part : parts(expression)) {
      encoders.add(create(part));
    }
    return encoders.size() == 1 ? encoders.get(0) : new ConcatenatedEncoder(encoders);
  }

  /** The parts of an expression {@code a+b{k=v}} as specs (no settings where none are given). */
  public static List<EncoderSpec> parts(String expression) {
    List<EncoderSpec> specs = new ArrayList<>();
    for (String raw : expression.split("\\+(?![^{]*})")) {
      String part = raw.trim();
      int open = part.indexOf('{');
      if (open < 0) {
        specs.add(new EncoderSpec(part, Map.of()));
      } else if (!part.endsWith("}") || part.indexOf('}') != part.length() - 1) {
        throw new IllegalArgumentException("encoder '" + part + "' has unbalanced braces; write "
            + "name{key=value,key=value}, e.g. onnx{model=/models/wavlm.onnx}");
      } else {
        String body = part.substring(open + 1, part.length() - 1);
        for (String kv : body.isEmpty() ? new String[0] : body.split(",")) {
          if (kv.indexOf('=') <= 0) {
            throw new IllegalArgumentException("setting '" + kv + "' of encoder '" + part
                + "' is not key=value; write name{key=value,key=value}");
          }
        }
        specs.add(ConcatenatedEncoder.parseKey(part));
      }
    }
    return specs;
  }

  /**
   * Whether {@code expression} names a single encoder whose pooling is trained with the heads on
   * frame-level layer outputs (see {@link LayerFrameFactory}).
   */
  public static boolean learnsPooling(String expression) {
    List<EncoderSpec> parts = parts(expression);
    if (parts.size() != 1) {
      return false;
    }
    EncoderFactory f = available().get(parts.get(0).name());
    return f instanceof LayerFrameFactory lf && lf.learnsPooling(parts.get(0).settings());
  }

  /**
   * The frame-level layer outputs of a registered encoder, for a pooling trained with the heads.
   *
   * @throws IllegalArgumentException if the encoder is unknown or gives no layer frames
   */
  public static LayerFrameSource createFrames(EncoderSpec spec) {
    Map<String, EncoderFactory> available = available();
    EncoderFactory f = available.get(spec.name());
    if (f == null) {
      throw new IllegalArgumentException("unknown encoder '" + spec.name() + "'; available: "
          + available.keySet() + " (install the module that provides it, e.g. "
          + "ballast-encoders-onnx for onnx)");
    }
    if (!(f instanceof LayerFrameFactory lf)) {
      throw new IllegalArgumentException("encoder " + spec.name() + " gives no frame-level layer "
          + "outputs to train a pooling on; use onnx with a learned pooling or scratch-tdnn");
    }
    return lf.createFrames(spec.settings());
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
