package dev.ballast.training.sequence;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioDecodeException;
import dev.ballast.audio.AudioReader;
import dev.ballast.audio.augment.Speed;
import dev.ballast.encoders.ClipRequest;
import dev.ballast.encoders.Extraction;
import dev.ballast.encoders.ParallelRows;
import dev.ballast.encoders.ProgressListener;
import dev.ballast.encoders.scratch.FrameFrontEnd;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Decodes clips at the frame source's rate and computes their frames (fbank front end, or a
 * pretrained model's layer outputs), at one or more speeds (speed perturbation of training rows),
 * in parallel. A row that fails is recorded and skipped; with
 * {@code strict} the first failure is thrown.
 */
public final class FrameExtractor {
  private final AudioReader reader;
  private final FrameSource source;
  private final int threads;

  public FrameExtractor(AudioReader reader, FrameSource source, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.reader = reader;
    this.source = source;
    this.threads = threads;
  }

  /** Fbank front-end frames at 16 kHz. */
  public FrameExtractor(AudioReader reader, FrameFrontEnd frontEnd, int threads) {
    this(reader, FrameSource.fbank(frontEnd), threads);
  }

  /** Frames of every request at every speed: {@code [request][speed]}, empty where it failed. */
  public record Result(List<Optional<float[][][]>> frames, List<Extraction.Failure> failures) {}

  public Result extract(List<ClipRequest> requests, List<Double> speeds, ProgressListener progress,
      boolean strict) throws AudioDecodeException {
    ParallelRows.Result<float[][][]> r = ParallelRows.run(requests, threads, "ballast-frames",
        progress, strict, req -> frames(req, speeds));
    return new Result(r.values(), r.failures());
  }

  private float[][][] frames(ClipRequest req, List<Double> speeds) throws AudioDecodeException {
    AudioClip clip = reader.read(req.path(), req.startSec(), req.endSec(),
        source.sampleRateHz());
    float[][][] out = new float[speeds.size()][][];
    try {
      for (int s = 0; s < speeds.size(); s++) {
        double f = speeds.get(s);
        // a fixed factor draws nothing from the random source
        AudioClip c = f == 1.0 ? clip : new Speed(f, f).apply(clip, new SplittableRandom(0));
        out[s] = source.frames(c);
      }
    } catch (IllegalArgumentException e) {
      throw new AudioDecodeException(req.path(), e.getMessage(), e);
    }
    return out;
  }
}
