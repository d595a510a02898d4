/**
 * Dataset resampling in embedding space, imbalanced-learn's meaning of "resample": rows of a
 * {@link dev.ballast.training.TrainingSet} are duplicated, interpolated or removed to rebalance one
 * task. Resampling is a training-data lever only: apply it to a training fold, never to
 * development, test or prediction inputs.
 *
 * <p>Every {@link dev.ballast.training.resampling.Resampler} validates its input once in
 * {@code fitResample} and then runs one small algorithm; {@link
 * dev.ballast.training.resampling.Resamplers} finds them by registered name. Each output row
 * records the input rows it came from ({@link
 * dev.ballast.training.resampling.Resampled#sources()}).
 */
package dev.ballast.training.resampling;
