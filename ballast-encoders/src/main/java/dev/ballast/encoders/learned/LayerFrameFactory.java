package dev.ballast.encoders.learned;

import java.util.Map;

/**
 * An optional ability of an {@link dev.ballast.encoders.EncoderFactory}: its encoders can give
 * frame-level layer outputs for a pooling trained with the heads.
 */
public interface LayerFrameFactory {

  /**
   * Whether {@code settings} describe a source whose pooling is learned (and so needs {@code
   * ballast train}); cheap, opens no model.
   *
   * @throws IllegalArgumentException if the settings or the source's configuration are invalid
   */
  boolean learnsPooling(Map<String, String> settings);

  /**
   * The frame source described by {@code settings}.
   *
   * @throws IllegalArgumentException if the settings are invalid or the configured pooling is not
   *     a learned one
   */
  LayerFrameSource createFrames(Map<String, String> settings);
}
