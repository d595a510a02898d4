package dev.ballast.serving;

import dev.ballast.audio.AudioDecodeException;
import dev.ballast.audio.AudioReader;
import dev.ballast.encoders.ClipRequest;
import dev.ballast.encoders.EmbeddingExtractor;
import dev.ballast.encoders.Encoder;
import dev.ballast.heads.GroupNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java API for using a trained model: audio in, every task's label(s) and probabilities out.
 * Plain Java, thread-safe, no native library needed. A model trained with speaker (group)
 * normalisation predicts the clips of one speaker together ({@link #predictGroup}).
 */
public final class Predictor {
  private final ModelBundle bundle;
  private final Encoder encoder;
  private final EmbeddingExtractor extractor;

  public Predictor(ModelBundle bundle) {
    this.bundle = bundle;
    this.encoder = bundle.createEncoder();
    if (encoder.dimension() != bundle.embeddingDimension()) {
      throw new IllegalArgumentException("encoder " + bundle.encoder().key() + " gives "
          + encoder.dimension() + " dimensions but the model expects "
          + bundle.embeddingDimension());
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

  /** True when the model normalises by speaker and needs a speaker's clips together. */
  public boolean needsGroups() {
    return bundle.groupNormalizer() != null;
  }

  /** Predicts a whole file. */
  public Map<String, TaskOutput> predict(Path audio) throws AudioDecodeException {
    return predict(ClipRequest.whole(audio));
  }

  public Map<String, TaskOutput> predict(ClipRequest request) throws AudioDecodeException {
    return predictEmbedding(embed(request));
  }

  /** The embedding of a clip by this model's encoder. */
  public float[] embed(ClipRequest request) throws AudioDecodeException {
    return extractor.encode(request);
  }

  /**
   * Predicts clips of one speaker (group) together; a model with speaker normalisation takes the
   * speaker's statistics from these clips, any other model predicts each on its own.
   */
  public List<Map<String, TaskOutput>> predictGroup(List<ClipRequest> requests)
      throws AudioDecodeException {
    List<float[]> embeddings = new ArrayList<>();
    for (ClipRequest r : requests) {
      embeddings.add(embed(r));
    }
    List<Map<String, TaskOutput>> out = new ArrayList<>();
    for (Map<String, float[]> logits : groupLogits(embeddings)) {
      out.add(decide(logits));
    }
    return out;
  }

  /**
   * Raw head logits (before the decision stage) for an embedding, by task.
   *
   * @throws IllegalStateException if the model normalises by speaker: use {@link #groupLogits}
   */
  public Map<String, float[]> logits(float[] embedding) {
    if (needsGroups()) {
      throw new IllegalStateException("this model normalises each clip against the other clips "
          + "of its speaker (group normalisation " + bundle.groupNormalizer().mode().jsonName()
          + "); predict a speaker's clips together with predictGroup / groupLogits");
    }
    return bundle.network().logits(bundle.standardizer().apply(embedding));
  }

  /**
   * Raw head logits for the embeddings of one speaker's (group's) clips, in order. With speaker
   * normalisation the statistics come from exactly these clips.
   */
  public List<Map<String, float[]>> groupLogits(List<float[]> embeddings) {
    List<Map<String, float[]>> out = new ArrayList<>();
    if (!needsGroups()) {
      for (float[] e : embeddings) {
        out.add(logits(e));
      }
      return out;
    }
    if (embeddings.isEmpty()) {
      return out;
    }
    GroupNormalizer g = bundle.groupNormalizer();
    GroupNormalizer.Stats stats = g.stats(embeddings);
    for (float[] e : embeddings) {
      out.add(bundle.network().logits(bundle.standardizer().apply(g.apply(e, stats))));
    }
    return out;
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
