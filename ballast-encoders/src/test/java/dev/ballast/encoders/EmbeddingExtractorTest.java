package dev.ballast.encoders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.audio.AudioDecodeException;
import dev.ballast.audio.AudioReader;
import dev.ballast.audio.WavWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExtractorTest {
  @TempDir Path dir;

  private List<ClipRequest> files() throws Exception {
    Path good1 = dir.resolve("good1.wav");
    Path good2 = dir.resolve("good2.wav");
    WavWriter.write(good1, FbankStatsEncoderTest.voiceLike(22050, 1.0, 120, 1));
    WavWriter.write(good2, FbankStatsEncoderTest.voiceLike(16000, 1.0, 200, 2));
    Path broken = dir.resolve("broken.wav");
    Files.writeString(broken, "not audio");
    return List.of(ClipRequest.whole(good1), ClipRequest.whole(broken),
        new ClipRequest(good2, 0.2, 0.8), ClipRequest.whole(dir.resolve("missing.wav")));
  }

  @Test
  void brokenRowsAreSkippedAndListedTheRestGoesOn() throws Exception {
    List<ClipRequest> req = files();
    EmbeddingExtractor x = new EmbeddingExtractor(AudioReader.withInstalledDecoders(),
        Encoders.create("fbank-stats"), Optional.empty(), 2);
    Extraction out = x.extract(req, ProgressListener.NONE, false);
    assertTrue(out.embeddings().get(0).isPresent());
    assertTrue(out.embeddings().get(2).isPresent());
    assertEquals(2, out.failures().size());
    assertEquals(1, out.failures().get(0).index());
    assertEquals(req.get(1).path() + ": not a RIFF/WAVE file (no RIFF....WAVE header)",
        out.failures().get(0).error());
    assertEquals(req.get(3).path() + ": no such file", out.failures().get(1).error());
  }

  @Test
  void strictStopsAtTheFirstFailure() throws Exception {
    List<ClipRequest> req = files();
    EmbeddingExtractor x = new EmbeddingExtractor(AudioReader.withInstalledDecoders(),
        Encoders.create("fbank-stats"), Optional.empty(), 1);
    AudioDecodeException e = assertThrows(AudioDecodeException.class,
        () -> x.extract(req, ProgressListener.NONE, true));
    assertEquals(req.get(1).path(), e.path());
  }

  @Test
  void cacheServesTheSecondRunWithIdenticalValues() throws Exception {
    List<ClipRequest> req = files();
    FeatureCache cache = new FeatureCache(dir.resolve("cache"));
    EmbeddingExtractor x = new EmbeddingExtractor(AudioReader.withInstalledDecoders(),
        Encoders.create("fbank-stats"), Optional.of(cache), 2);
    Extraction first = x.extract(req, ProgressListener.NONE, false);
    assertEquals(0, first.cacheHits());
    Extraction second = x.extract(req, ProgressListener.NONE, false);
    assertEquals(2, second.cacheHits());
    assertArrayEquals(first.embeddings().get(2).orElseThrow(), second.embeddings().get(2).orElseThrow());
    // Another segment of the same file is another key.
    String k1 = cache.key(req.get(2), x.encoder().spec());
    String k2 = cache.key(new ClipRequest(req.get(2).path(), 0.1, 0.8), x.encoder().spec());
    assertTrue(!k1.equals(k2));
  }
}
