package dev.ballast.training.sequence;

import ai.djl.ndarray.NDManager;
import dev.ballast.encoders.scratch.TdnnEncoder;
import dev.ballast.heads.HeadKind;
import java.util.List;

/** The from-scratch TDNN ({@code scratch-tdnn}) as a {@link SequenceArchitecture}. */
public record TdnnArchitecture(TdnnConfig tdnn) implements SequenceArchitecture {
  public TdnnArchitecture {
    java.util.Objects.requireNonNull(tdnn, "tdnn");
  }

  @Override
  public String encoderName() {
    return TdnnEncoder.NAME;
  }

  @Override
  public SequenceModel create(List<String> taskNames, List<HeadKind> headKinds, int[] headSizes,
      long seed, NDManager manager) {
    return new TdnnModel(tdnn, taskNames, headKinds, headSizes, seed, manager);
  }

  @Override
  public int maxTrainFrames() {
    return tdnn.maxTrainFrames();
  }

  @Override
  public boolean specAugment() {
    return tdnn.specAugment();
  }
}
