package dev.ballast.encoders.onnx;

import dev.ballast.audio.AudioClip;
import java.util.Locale;

/**
 * Real-time factor of {@code speech-embedding} (processing time / audio duration, single thread)
 * on synthetic speech-like audio. Run with the test classpath:
 * {@code java -cp ... dev.ballast.encoders.onnx.SpeechEmbeddingBench [minutes]} (default 10).
 */
public final class SpeechEmbeddingBench {
  private SpeechEmbeddingBench() {}

  public static void main(String[] args) {
    double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    SpeechEmbeddingEncoder encoder = new SpeechEmbeddingEncoder();
    float[] audio = SpeechSignals.speechLike(minutes * 60, 42);
    double durationSec = audio.length / (double) SpeechSignals.RATE;
    encoder.encode(new AudioClip(SpeechSignals.speechLike(10, 1), SpeechSignals.RATE)); // warm-up

    long t0 = System.nanoTime();
    float[] whole = encoder.encode(new AudioClip(audio, SpeechSignals.RATE));
    double wholeSec = (System.nanoTime() - t0) / 1e9;

    // the same audio as 4 s segments, the usual size of a labelled utterance
    int segment = 4 * SpeechSignals.RATE;
    long t1 = System.nanoTime();
    for (int from = 0; from + segment <= audio.length; from += segment) {
      float[] part = java.util.Arrays.copyOfRange(audio, from, from + segment);
      encoder.encode(new AudioClip(part, SpeechSignals.RATE));
    }
    double segmentsSec = (System.nanoTime() - t1) / 1e9;

    System.out.printf(Locale.ROOT, "speech-embedding on %.1f min of synthetic speech-like audio,"
        + " 1 thread (%s, %d cores)%n", durationSec / 60, System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors());
    System.out.printf(Locale.ROOT, "  one clip:       %.2f s, real-time factor %.4f (%.0fx faster"
        + " than real time)%n", wholeSec, wholeSec / durationSec, durationSec / wholeSec);
    System.out.printf(Locale.ROOT, "  4 s segments:   %.2f s, real-time factor %.4f (%.0fx faster"
        + " than real time)%n", segmentsSec, segmentsSec / durationSec, durationSec / segmentsSec);
    System.out.printf(Locale.ROOT, "  embedding[0..3] = %.4f %.4f %.4f%n", whole[0], whole[1],
        whole[2]);
  }
}
