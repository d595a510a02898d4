package dev.ballast.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ballast} command. */
@Command(name = "ballast", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Imbalance-aware audio and speech classification.",
    subcommands = {DemoCommand.class, TrainCommand.class, EvaluateCommand.class,
        PredictCommand.class, FeaturesCommand.class, LongtailCommand.class, ProtocolCommand.class, CompareCommand.class, SplitCommand.class, BenchCommand.class,
        EncodersCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit code (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("error: " + Errors.describe(e));
      if (System.getenv("BALLAST_DEBUG") != null) {
        e.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    return cli.execute(args);
  }

  /** Version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"ballast " + (v != null ? v : "0.1.0-SNAPSHOT")};
    }
  }
}
