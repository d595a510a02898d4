package dev.ballast.encoders;

import dev.ballast.audio.AudioDecodeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one piece of work per request on a thread pool, in the batch jobs' failure policy: a row
 * that fails is recorded with its cause and skipped, or with {@code strict} the first failure is
 * thrown. Progress is reported after every row.
 */
public final class ParallelRows {
  private ParallelRows() {}

  /** The work done for one request. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(ClipRequest request) throws AudioDecodeException;
  }

  /**
   * Values in request order (empty where the row failed) and every failure, sorted by row.
   */
  public record Result<T>(List<Optional<T>> values, List<Extraction.Failure> failures) {}

  public static <T> Result<T> run(List<ClipRequest> requests, int threads, String threadName,
      ProgressListener progress, boolean strict, Work<T> work) throws AudioDecodeException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    int n = requests.size();
    List<Optional<T>> out = new ArrayList<>(Collections.nCopies(n, Optional.empty()));
    List<Extraction.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          ClipRequest req = requests.get(index);
          try {
            out.set(index, Optional.of(work.apply(req)));
          } catch (AudioDecodeException e) {
            failures.add(new Extraction.Failure(index, req, e.getMessage()));
            if (strict) {
              throw e;
            }
          } finally {
            progress.progress(done.incrementAndGet(), n);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof AudioDecodeException ade) {
            throw ade;
          }
          throw new IllegalStateException(threadName + " failed: " + e.getCause(), e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + threadName, e);
    } finally {
      pool.shutdownNow();
    }
    List<Extraction.Failure> sorted = new ArrayList<>(failures);
    sorted.sort(Comparator.comparingInt(Extraction.Failure::index));
    return new Result<>(out, sorted);
  }
}
