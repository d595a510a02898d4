package dev.ballast.encoders;

import java.util.List;
import java.util.Optional;

/**
 * Result of extracting a batch: one entry per request, empty where the row failed; every failure
 * is listed with its reason.
 */
public record Extraction(List<Optional<float[]>> embeddings, List<Failure> failures,
    int cacheHits) {

  public Extraction {
    embeddings = List.copyOf(embeddings);
    failures = List.copyOf(failures);
  }

  /** A request that could not be encoded and why. */
  public record Failure(int index, ClipRequest request, String error) {}
}
