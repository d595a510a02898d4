package dev.ballast.encoders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioReader;
import dev.ballast.audio.WavWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AugmentedRequestTest {
  @TempDir Path dir;

  private Path wav(String name, int rateHz, double f0) throws Exception {
    Path p = dir.resolve(name);
    WavWriter.write(p, FbankStatsEncoderTest.voiceLike(rateHz, 1.0, f0, 1));
    return p;
  }

  private EmbeddingExtractor extractor(Optional<FeatureCache> cache) {
    return new EmbeddingExtractor(AudioReader.withInstalledDecoders(),
        Encoders.create("fbank-stats"), cache, 2);
  }

  @Test
  void augmentationChangesTheEmbeddingAndIsReproducible() throws Exception {
    Path a = wav("a.wav", 22050, 150);
    ClipRequest plain = ClipRequest.whole(a);
    ClipRequest aug = plain.withAugmentation(new AugmentationSpec("gain=6,noise=10:20", 3));
    EmbeddingExtractor x = extractor(Optional.empty());
    float[] p = x.encode(plain);
    float[] e1 = x.encode(aug);
    assertFalse(Arrays.equals(p, e1));
    assertArrayEquals(e1, x.encode(aug));
    assertFalse(Arrays.equals(e1, x.encode(plain.withAugmentation(
        new AugmentationSpec("gain=6,noise=10:20", 4)))));
  }

  @Test
  void appendedSegmentsAreJoinedAtTheEncoderRate() throws Exception {
    Path a = wav("a.wav", 22050, 150);
    Path b = wav("b.wav", 16000, 220);
    ClipRequest joined = new ClipRequest(a, 0.1, 0.5).withAppended(
        new ClipRequest.Segment(b, 0.2, 0.9));
    AudioClip clip = extractor(Optional.empty()).read(joined);
    assertEquals(16000, clip.sampleRateHz());
    assertEquals(0.4 + 0.7, clip.durationSec(), 1e-3);
    assertEquals(a + " [0.1, 0.5) + " + b + " [0.2, 0.9)", joined.describe());
  }

  @Test
  void cacheKeepsAugmentedCopiesApartAndPlainKeysUnchanged() throws Exception {
    Path a = wav("a.wav", 16000, 150);
    FeatureCache cache = new FeatureCache(dir.resolve("cache"));
    EncoderSpec spec = Encoders.create("fbank-stats").spec();
    ClipRequest plain = new ClipRequest(a, 0.1, 0.9);
    String content = FeatureCache.sha256(Files.readAllBytes(a));
    assertEquals(FeatureCache.sha256((content + "|0.1|0.9|" + spec.key())
        .getBytes(StandardCharsets.UTF_8)), cache.key(plain, spec), "plain keys as before");
    String k1 = cache.key(plain.withAugmentation(new AugmentationSpec("gain=6", 1)), spec);
    String k2 = cache.key(plain.withAugmentation(new AugmentationSpec("gain=6", 2)), spec);
    String k3 = cache.key(plain.withAugmentation(new AugmentationSpec("gain=-6:6", 1)), spec);
    String k4 = cache.key(plain.withAppended(new ClipRequest.Segment(a, 0.0, 0.5)), spec);
    assertEquals(4, List.of(cache.key(plain, spec), k1, k2, k4).stream().distinct().count());
    assertEquals(k1, k3, "canonical chain: gain=6 is gain=-6:6");

    EmbeddingExtractor x = extractor(Optional.of(cache));
    List<ClipRequest> reqs = List.of(plain, plain.withAugmentation(new AugmentationSpec("gain=6", 1)));
    Extraction first = x.extract(reqs, ProgressListener.NONE, true);
    Extraction second = x.extract(reqs, ProgressListener.NONE, true);
    assertEquals(2, second.cacheHits());
    assertArrayEquals(first.embeddings().get(1).orElseThrow(),
        second.embeddings().get(1).orElseThrow());
    assertFalse(Arrays.equals(second.embeddings().get(0).orElseThrow(),
        second.embeddings().get(1).orElseThrow()));
  }

  @Test
  void badChainIsRejectedWhenTheSpecIsBuilt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AugmentationSpec("reverb=1", 0));
    assertEquals("unknown augmentation 'reverb' in 'reverb=1'; available: [gain, shift, noise, "
        + "speed]", e.getMessage());
  }
}
