package dev.ballast.encoders;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.ballast.encoders.learned.LayerPoolingWeights;
import dev.ballast.encoders.scratch.TdnnWeights;

/**
 * The learnt numbers of an encoder trained together with the heads, as stored in a model bundle
 * (JSON property {@code kind}: {@code scratch-tdnn} or {@code layer-pooling}). Plain Java: turning
 * them back into an {@link Encoder} needs no training code.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TdnnWeights.class, name = "scratch-tdnn"),
    @JsonSubTypes.Type(value = LayerPoolingWeights.class, name = "layer-pooling")})
public interface TrainedWeights {

  /** SHA-256 over every number, so that two different trainings never share cached embeddings. */
  String sha256();

  /** Length of the vector the encoder gives the heads. */
  int dimension();

  /**
   * The encoder these weights complete; registered parts (e.g. an ONNX model) are found through
   * {@link Encoders}.
   *
   * @throws IllegalArgumentException if a registered part is missing or changed
   */
  Encoder createEncoder();
}
