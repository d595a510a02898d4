package dev.ballast.encoders;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an encoder is: its registered name and settings. Two encoders with equal specs produce
 * equal embeddings, so the spec keys the feature cache and is stored in every model.
 */
public record EncoderSpec(String name, Map<String, String> settings) {
  public EncoderSpec {
    Objects.requireNonNull(name, "name");
    settings = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(settings));
  }

  /** Stable text form, e.g. {@code fbank-stats{melBins=40,version=1}}. */
  public String key() {
    StringBuilder sb = new StringBuilder(name).append('{');
    settings.forEach((k, v) -> sb.append(k).append('=').append(v).append(','));
    if (!settings.isEmpty()) {
      sb.setLength(sb.length() - 1);
    }
    return sb.append('}').toString();
  }
}
