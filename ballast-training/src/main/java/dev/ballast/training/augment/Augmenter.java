package dev.ballast.training.augment;

import dev.ballast.audio.AudioDecodeException;
import dev.ballast.data.Example;
import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.encoders.ClipRequest;
import dev.ballast.encoders.EmbeddingExtractor;
import dev.ballast.encoders.Extraction;
import dev.ballast.encoders.ProgressListener;
import dev.ballast.training.TrainingSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans an {@link Augment} over training examples and encodes the extra rows through the same
 * extractor (and feature cache) as the originals. Rows whose audio fails are dropped; their sources
 * were encoded already, so a failure here is rare and never fatal.
 */
public final class Augmenter {
  private Augmenter() {}

  public static AugmentedRows extract(EmbeddingExtractor extractor, List<Task> tasks,
      List<Example> examples, Augment augment, long seed, ProgressListener progress)
      throws AudioDecodeException {
    if (!augment.enabled()) {
      return AugmentedRows.none(tasks);
    }
    List<AugmentationPlan.Row> plan = AugmentationPlan.plan(tasks, examples, augment, seed);
    List<ClipRequest> requests = plan.stream().map(AugmentationPlan.Row::request).toList();
    Extraction extraction = extractor.extract(requests, progress, false);
    List<int[]> sources = new ArrayList<>();
    List<float[]> xs = new ArrayList<>();
    List<Target[]> ts = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      Optional<float[]> v = extraction.embeddings().get(i);
      if (v.isPresent()) {
        sources.add(plan.get(i).sources());
        xs.add(v.get());
        ts.add(plan.get(i).targets());
      }
    }
    return new AugmentedRows(sources, new TrainingSet(tasks, xs.toArray(new float[0][]),
        ts.toArray(new Target[0][])));
  }
}
