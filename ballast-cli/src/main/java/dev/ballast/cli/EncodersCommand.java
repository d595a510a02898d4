package dev.ballast.cli;

import dev.ballast.encoders.EncoderFactory;
import dev.ballast.encoders.Encoders;
import dev.ballast.encoders.scratch.TdnnEncoder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "encoders", description = "List the available encoders.")
final class EncodersCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    for (EncoderFactory f : Encoders.available().values()) {
      System.out.printf("%-16s %s%s%n", f.name(), f.description(),
          f.name().equals(Encoders.DEFAULT) ? " (default)" : "");
    }
    // not a registered fixed encoder: it exists only once trained, inside a model
    System.out.printf("%-16s %s%n", TdnnEncoder.NAME, "a TDNN with attentive statistics pooling "
        + "trained from scratch with the heads (ballast train --encoder " + TdnnEncoder.NAME + ")");
    return 0;
  }
}
