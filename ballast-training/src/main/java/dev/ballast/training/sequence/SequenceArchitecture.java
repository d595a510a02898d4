package dev.ballast.training.sequence;

import ai.djl.ndarray.NDManager;
import dev.ballast.heads.HeadKind;
import java.util.List;

/**
 * What {@code SequenceTrainer} trains: how to build a fresh {@link SequenceModel} and how to
 * augment its training sequences. Its {@code toString} enters the checkpoint fingerprint, so
 * implementations are records.
 */
public interface SequenceArchitecture {

  /** The encoder name shown in logs, e.g. {@code scratch-tdnn}. */
  String encoderName();

  /**
   * A freshly initialised model, drawn from {@code seed} alone.
   *
   * @param headSizes outputs of each head, in {@code taskNames} order
   */
  SequenceModel create(List<String> taskNames, List<HeadKind> headKinds, int[] headSizes,
      long seed, NDManager manager);

  /** Longer training sequences are cropped at a random offset each epoch. */
  int maxTrainFrames();

  /** Whether training frames get SpecAugment time and feature masks, drawn anew every epoch. */
  boolean specAugment();
}
