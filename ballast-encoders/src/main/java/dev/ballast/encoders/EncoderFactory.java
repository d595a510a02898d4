package dev.ballast.encoders;

import java.util.Map;

/** A registered encoder name; found with {@link java.util.ServiceLoader}. */
public interface EncoderFactory {

  /** The name users type, e.g. {@code fbank-stats}. */
  String name();

  /** One line for {@code --help} and the README. */
  String description();

  /**
   * Creates the encoder.
   *
   * @param settings the spec's settings; unknown keys are an {@link IllegalArgumentException}
   */
  Encoder create(Map<String, String> settings);
}
