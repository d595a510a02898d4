package dev.ballast.encoders.onnx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to run a user-supplied ONNX model, read from {@code <model>.json} next to
 * {@code <model>.onnx}. Example:
 *
 * <pre>{@code
 * {"inputKind": "waveform", "sampleRateHz": 16000, "normalisation": "zero-mean-unit-var",
 *  "outputs": ["last_hidden_state"], "windowSec": 20, "overlapSec": 1, "pooling": "mean+std"}
 * }</pre>
 *
 * <p>Keys: {@code inputKind} ({@code waveform}: {@code float[1][samples]} in [-1, 1) scale, or
 * {@code fbank}: Kaldi log-mel {@code float[1][frame][mel]}, needs {@code numMelBins}),
 * {@code sampleRateHz}, {@code windowSec} (longest input the model gets at once), required;
 * {@code normalisation} ({@code none} or {@code zero-mean-unit-var}, default none),
 * {@code outputs} (output names to pool and concatenate, default the model's first output; each
 * {@code float[1][frame][dim]} or {@code float[1][dim]}), {@code overlapSec} (default 0),
 * {@code pooling} ({@code mean} or {@code mean+std}, default mean; or, trained with the heads,
 * {@code attentive} over one output, {@code weighted-layers} or {@code weighted-layers+attentive}
 * over two or more outputs of one width), {@code inputName} (default the model's only input).
 * Unknown keys are an error.
 */
public record OnnxEncoderConfig(InputKind inputKind, int sampleRateHz,
    Normalisation normalisation, List<String> outputs, double windowSec, double overlapSec,
    Pooling pooling, OptionalInt numMelBins, Optional<String> inputName) {

  static final Set<String> KEYS = Set.of("inputKind", "sampleRateHz", "normalisation", "outputs",
      "windowSec", "overlapSec", "pooling", "numMelBins", "inputName");

  public OnnxEncoderConfig {
    Objects.requireNonNull(inputKind, "inputKind");
    Objects.requireNonNull(normalisation, "normalisation");
    Objects.requireNonNull(pooling, "pooling");
    Objects.requireNonNull(numMelBins, "numMelBins");
    Objects.requireNonNull(inputName, "inputName");
    outputs = List.copyOf(outputs);
    if (sampleRateHz <= 0) {
      throw new IllegalArgumentException(
          "sampleRateHz must be positive, got " + sampleRateHz + "; set the model's input rate");
    }
    if (!(windowSec > 0) || Double.isInfinite(windowSec)) {
      throw new IllegalArgumentException("windowSec must be a positive number of seconds, got "
          + windowSec + "; set the longest input the model accepts");
    }
    if (!(overlapSec >= 0) || overlapSec >= windowSec) {
      throw new IllegalArgumentException("overlapSec must satisfy 0 <= overlapSec < windowSec ("
          + windowSec + "), got " + overlapSec);
    }
    if (inputKind == InputKind.FBANK && numMelBins.isEmpty()) {
      throw new IllegalArgumentException(
          "inputKind fbank needs numMelBins (the model's mel bins per frame, e.g. 80 or 128)");
    }
    if (inputKind == InputKind.WAVEFORM && numMelBins.isPresent()) {
      throw new IllegalArgumentException(
          "numMelBins applies to inputKind fbank only; remove it or set inputKind to fbank");
    }
    if (numMelBins.isPresent() && numMelBins.getAsInt() <= 0) {
      throw new IllegalArgumentException("numMelBins must be positive, got " + numMelBins.getAsInt());
    }
    if (outputs.stream().distinct().count() != outputs.size()) {
      throw new IllegalArgumentException("outputs lists a name twice: " + outputs);
    }
    if (pooling.learned().isPresent()) {
      // an empty list means the model's first output: one layer
      pooling.learned().get().requireLayers(Math.max(1, outputs.size()));
    }
  }

  /** The config that belongs to {@code model}: {@code model.onnx} reads {@code model.json}. */
  public static Path configPathFor(Path model) {
    String file = model.getFileName().toString();
    String stem = file.toLowerCase(Locale.ROOT).endsWith(".onnx")
        ? file.substring(0, file.length() - ".onnx".length()) : file;
    return model.resolveSibling(stem + ".json");
  }

  /**
   * Reads the config next to {@code model}.
   *
   * @throws IllegalArgumentException if the file is missing or holds an unknown key or bad value
   */
  public static OnnxEncoderConfig readFor(Path model) {
    Path path = configPathFor(model);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no config for ONNX model " + model + ": expected "
          + path + " next to it, e.g. {\"inputKind\": \"waveform\", \"sampleRateHz\": 16000, "
          + "\"windowSec\": 20}");
    }
    try {
      return parse(Files.readString(path), path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** Parses config JSON; {@code source} names it in error messages. */
  public static OnnxEncoderConfig parse(String json, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          source + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + " must hold a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown key '" + key + "' in " + source
            + "; known keys: " + new TreeSet<>(KEYS));
      }
    }
    try {
      InputKind kind = choice(InputKind.class, text(root, "inputKind", null, source), "inputKind",
          source);
      int rate = number(root, "sampleRateHz", null, source).intValue();
      Normalisation norm = choice(Normalisation.class,
          text(root, "normalisation", Normalisation.NONE.configName(), source), "normalisation",
          source);
      List<String> outputs = new ArrayList<>();
      if (root.has("outputs")) {
        JsonNode list = root.get("outputs");
        if (!list.isArray()) {
          throw new IllegalArgumentException("outputs must be a list of output names in " + source);
        }
        list.forEach(n -> outputs.add(n.asText()));
      }
      double window = number(root, "windowSec", null, source).doubleValue();
      double overlap = number(root, "overlapSec", 0.0, source).doubleValue();
      Pooling pooling = choice(Pooling.class,
          text(root, "pooling", Pooling.MEAN.configName(), source), "pooling", source);
      OptionalInt mel = root.has("numMelBins")
          ? OptionalInt.of(number(root, "numMelBins", null, source).intValue())
          : OptionalInt.empty();
      Optional<String> input = root.has("inputName")
          ? Optional.of(text(root, "inputName", null, source)) : Optional.empty();
      return new OnnxEncoderConfig(kind, rate, norm, outputs, window, overlap, pooling, mel,
          input);
    } catch (IllegalArgumentException e) {
      if (e.getMessage().contains(source)) {
        throw e;
      }
      throw new IllegalArgumentException(e.getMessage() + " (in " + source + ")", e);
    }
  }

  private static String text(JsonNode root, String key, String fallback, String source) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      if (fallback == null) {
        throw new IllegalArgumentException("missing key '" + key + "' in " + source);
      }
      return fallback;
    }
    if (!n.isTextual()) {
      throw new IllegalArgumentException(key + " must be a string in " + source + ", got " + n);
    }
    return n.asText();
  }

  private static Number number(JsonNode root, String key, Number fallback, String source) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      if (fallback == null) {
        throw new IllegalArgumentException("missing key '" + key + "' in " + source);
      }
      return fallback;
    }
    if (!n.isNumber()) {
      throw new IllegalArgumentException(key + " must be a number in " + source + ", got " + n);
    }
    return n.numberValue();
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String key,
      String source) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      String name = configName(e);
      if (name.equals(value)) {
        return e;
      }
      names.add(name);
    }
    throw new IllegalArgumentException(
        key + " must be one of " + names + " in " + source + ", got '" + value + "'");
  }

  private static String configName(Enum<?> e) {
    if (e instanceof InputKind k) {
      return k.configName();
    }
    if (e instanceof Normalisation n) {
      return n.configName();
    }
    return ((Pooling) e).configName();
  }
}
