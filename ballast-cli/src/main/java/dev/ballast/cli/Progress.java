package dev.ballast.cli;

import dev.ballast.encoders.ProgressListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar with ETA on stderr; ASCII when stderr is not a terminal. A phase that reaches its
 * total closes the bar, so the next phase gets its own.
 */
final class Progress implements ProgressListener, AutoCloseable {
  private final String task;
  private ProgressBar bar;

  Progress(String task) {
    this.task = task;
  }

  @Override
  public synchronized void progress(int done, int total) {
    if (bar == null) {
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
          .setStyle(System.console() == null ? ProgressBarStyle.ASCII : ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
          .setUpdateIntervalMillis(500).continuousUpdate().setConsumer(
              new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
          .build();
    }
    bar.stepTo(done);
    if (done >= total) {
      close(); // finished: the next phase (or log lines) start on a clean line
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
