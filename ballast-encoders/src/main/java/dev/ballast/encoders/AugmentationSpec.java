package dev.ballast.encoders;

import dev.ballast.audio.augment.AugmentationChain;
import java.util.Objects;

/**
 * A waveform augmentation to apply before encoding: a chain in the syntax of
 * {@link AugmentationChain#parse} (stored in canonical form, so equal chains give equal cache keys)
 * and the seed of its random stream.
 */
public record AugmentationSpec(String chain, long seed) {
  public AugmentationSpec {
    Objects.requireNonNull(chain, "chain");
    chain = AugmentationChain.parse(chain).spec(); // validates and canonicalises
  }

  public AugmentationChain parsed() {
    return AugmentationChain.parse(chain);
  }

  public String describe() {
    return chain + " seed " + seed;
  }
}
