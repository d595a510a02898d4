package dev.ballast.encoders;

/** Receives progress of a long job; called from worker threads. */
public interface ProgressListener {
  ProgressListener NONE = (done, total) -> { };

  void progress(int done, int total);
}
