package dev.ballast.cli;

import dev.ballast.encoders.FeatureCache;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by the commands that extract embeddings. */
final class CommonOptions {
  @Option(names = "--cache", paramLabel = "DIR",
      description = "Feature cache folder (default: $BALLAST_CACHE or ~/.cache/ballast/features).")
  Path cacheDir;

  @Option(names = "--no-cache", description = "Do not read or write the feature cache.")
  boolean noCache;

  @Option(names = "--threads", defaultValue = "2", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--strict", description = "Stop at the first unreadable row instead of skipping it.")
  boolean strict;

  Optional<FeatureCache> cache() {
    if (noCache) {
      return Optional.empty();
    }
    return Optional.of(new FeatureCache(cacheDir != null ? cacheDir : FeatureCache.defaultDir()));
  }
}
