package dev.ballast.cli;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioReader;
import dev.ballast.features.Deltas;
import dev.ballast.features.FbankOptions;
import dev.ballast.features.KaldiFbank;
import dev.ballast.features.Mfcc;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "features", description = "Print frame-level features of an audio file as CSV.",
    subcommands = {FeaturesCommand.Fbank.class, FeaturesCommand.MfccCmd.class,
        FeaturesCommand.EgemapsCmd.class})
final class FeaturesCommand {

  @Command(name = "fbank", description = "Kaldi-compatible log-mel filterbank at the file's own "
      + "rate (25 ms / 10 ms, dither 0): one CSV row per frame.")
  static final class Fbank implements Callable<Integer> {
    @Option(names = "--num-mel-bins", defaultValue = "80", description = "Mel bins (default: ${DEFAULT-VALUE}).")
    int bins;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws Exception {
      AudioClip clip = AudioReader.withInstalledDecoders().read(file);
      print(new KaldiFbank(FbankOptions.kaldiDefaults(clip.sampleRateHz(), bins)).compute(clip));
      return 0;
    }
  }

  @Command(name = "mfcc", description = "Kaldi-style MFCC (13 cepstra, C0 = log energy) at the "
      + "file's own rate, optionally with deltas and delta-deltas.")
  static final class MfccCmd implements Callable<Integer> {
    @Option(names = "--num-mel-bins", defaultValue = "23", description = "Mel bins (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--num-ceps", defaultValue = "13", description = "Cepstra (default: ${DEFAULT-VALUE}).")
    int ceps;

    @Option(names = "--deltas", description = "Append deltas and delta-deltas.")
    boolean deltas;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws Exception {
      AudioClip clip = AudioReader.withInstalledDecoders().read(file);
      float[][] c = new Mfcc(FbankOptions.kaldiDefaults(clip.sampleRateHz(), bins), ceps, 22)
          .compute(clip);
      if (deltas) {
        float[][] d1 = Deltas.compute(c, 2);
        float[][] d2 = Deltas.compute(d1, 2);
        float[][] all = new float[c.length][];
        for (int t = 0; t < c.length; t++) {
          all[t] = new float[3 * ceps];
          System.arraycopy(c[t], 0, all[t], 0, ceps);
          System.arraycopy(d1[t], 0, all[t], ceps, ceps);
          System.arraycopy(d2[t], 0, all[t], 2 * ceps, ceps);
        }
        c = all;
      }
      print(c);
      return 0;
    }
  }

  @Command(name = "egemaps", description = "eGeMAPS v02 functionals (88, openSMILE's names): a "
      + "header row then one row per file; --lld prints the 25 frame-level descriptors instead.")
  static final class EgemapsCmd implements Callable<Integer> {
    @Option(names = "--lld", description = "Frame-level descriptors instead of functionals.")
    boolean lld;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    java.util.List<Path> files;

    @Override
    public Integer call() throws Exception {
      AudioReader reader = AudioReader.withInstalledDecoders();
      dev.ballast.paralinguistics.EgemapsTable table = lld
          ? dev.ballast.paralinguistics.EgemapsTable.lld(files, reader)
          : dev.ballast.paralinguistics.EgemapsTable.functionals(files, reader);
      table.csvLines().forEach(System.out::println);
      return 0;
    }
  }

  static void print(float[][] rows) {
    PrintStream out = new PrintStream(new java.io.BufferedOutputStream(System.out, 1 << 16), false);
    StringBuilder sb = new StringBuilder();
    for (float[] row : rows) {
      sb.setLength(0);
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(String.format(Locale.ROOT, "%.6f", row[i]));
      }
      out.println(sb);
    }
    out.flush();
  }
}
