package dev.ballast.serving;

import dev.ballast.audio.AudioDecodeException;
import dev.ballast.audio.AudioReader;
import dev.ballast.encoders.ClipRequest;
import dev.ballast.encoders.EmbeddingExtractor;
import dev.ballast.encoders.Encoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Java API for using a trained model: audio in, every task's label(s) and probabilities out.
 * Plain Java, thread-safe, no native library needed.
 */
public final class Predictor {
  private final ModelBundle bundle;
  private final Encoder encoder;
  private final EmbeddingExtractor extractor;

  public Predictor(ModelBundle bundle) {
    this.bundle = bundle;
    this.encoder = bundle.createEncoder();
    if (encoder.dimension() != bundle.standardizer().mean().length) {
      throw new IllegalArgumentException("encoder " + bundle.encoder().key() + " gives "
          + encoder.dimension() + " dimensions but the model expects "
          + bundle.standardizer().mean().length);
    }
    this.extractor = new EmbeddingExtractor(AudioReader.withInstalledDecoders(), encoder,
        Optional.empty(), 1);
  }

  public static Predictor load(Path modelFile) throws IOException {
    return new Predictor(ModelBundle.load(modelFile));
  }

  public ModelBundle bundle() {
    return bundle;
  }

  public Encoder encoder() {
    return encoder;
  }

  /** Predicts a whole file. */
  public Map<String, TaskOutput> predict(Path audio) throws AudioDecodeException {
    return predict(ClipRequest.whole(audio));
  }

  public Map<String, TaskOutput> predict(ClipRequest request) throws AudioDecodeException {
    return predictEmbedding(extractor.encode(request));
  }

  /** Raw head logits (before the decision stage) for an embedding, by task. */
  public Map<String, float[]> logits(float[] embedding) {
    return bundle.network().logits(bundle.standardizer().apply(embedding));
  }

  /** Predicts from an embedding made by this model's encoder. */
  public Map<String, TaskOutput> predictEmbedding(float[] embedding) {
    return decide(logits(embedding));
  }

  /** Every task's decision stage applied to its head's raw {@code logits}. */
  public Map<String, TaskOutput> decide(Map<String, float[]> logits) {
    Map<String, TaskOutput> out = new LinkedHashMap<>();
    for (TaskModel task : bundle.tasks()) {
      out.put(task.name(), task.decide(logits.get(task.name())));
    }
    return out;
  }

}
