package dev.ballast.training.resampling;

import dev.ballast.training.TrainingSet;
import java.util.Objects;

/**
 * The output of a {@link Resampler} and where each of its rows came from.
 *
 * <p>{@code sources[row]} lists input row indices: one for a kept or duplicated row (its x and
 * targets are that input row's), two for an interpolated row ({@code [sample, neighbour]}, with
 * {@code x = x[sample] + u * (x[neighbour] - x[sample])}, {@code 0 <= u < 1}). An interpolated row
 * carries the resampled task's class and copies every other task's target from its first source.
 * Kept rows share their arrays with the input, as {@link TrainingSet#subset} does.
 *
 * @param data the resampled rows: surviving input rows in input order, then new rows
 * @param sources {@code int[outputRow][]} of input row indices
 */
public record Resampled(TrainingSet data, int[][] sources) {
  public Resampled {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(sources, "sources");
    if (sources.length != data.size()) {
      throw new IllegalArgumentException(data.size() + " rows but " + sources.length
          + " source lists; every output row needs its source rows");
    }
    for (int i = 0; i < sources.length; i++) {
      if (sources[i] == null || sources[i].length == 0) {
        throw new IllegalArgumentException("output row " + i
            + " has no source rows; every output row must name the input rows it came from");
      }
    }
  }

  /** Whether output row {@code row} was interpolated rather than copied from one input row. */
  public boolean isSynthetic(int row) {
    return sources[row].length > 1;
  }
}
