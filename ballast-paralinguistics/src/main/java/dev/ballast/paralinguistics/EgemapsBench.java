package dev.ballast.paralinguistics;

import dev.ballast.audio.AudioClip;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Random;

/**
 * Throughput of eGeMAPS extraction on synthetic speech-like audio (harmonic source with gliding
 * F0, formant-like spectral tilt, syllabic envelope, pauses and noise). Prints audio seconds per
 * CPU second and the real-time factor (wall time / audio time, lower is faster).
 */
public final class EgemapsBench {
  private EgemapsBench() {}

  /** Result of one timing run. */
  public record Result(double audioSec, double cpuSec, double wallSec) {
    public double audioSecPerCpuSec() {
      return audioSec / cpuSec;
    }

    public double realTimeFactor() {
      return wallSec / audioSec;
    }
  }

  /** Usage: {@code EgemapsBench [minutes] [seed]}, defaults 10 and 1. */
  public static void main(String[] args) {
    double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    AudioClip clip = speechLike(minutes * 60, seed);
    run(speechLike(10, seed)); // warm-up
    Result r = run(clip);
    System.out.printf(Locale.ROOT,
        "egemaps: %.0f s of 16 kHz audio in %.2f CPU s (%.2f s wall): %.0f audio-s per CPU-s,"
            + " real-time factor %.4f%n",
        r.audioSec(), r.cpuSec(), r.wallSec(), r.audioSecPerCpuSec(), r.realTimeFactor());
  }

  /** Times LLD extraction plus functionals of {@code clip} (single-threaded; process CPU time). */
  public static Result run(AudioClip clip) {
    // Process CPU time, so that garbage collection and JIT threads are counted too.
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long wall0 = System.nanoTime();
    float[] f = Egemaps.functionals(clip);
    long wall1 = System.nanoTime();
    long cpu1 = os.getProcessCpuTime();
    if (f.length != Egemaps.FUNCTIONAL_COUNT) {
      throw new IllegalStateException("unexpected functional count " + f.length);
    }
    return new Result(clip.durationSec(), (cpu1 - cpu0) / 1e9, (wall1 - wall0) / 1e9);
  }

  /** {@code durationSec} of speech-like audio at 16 kHz, peak about 0.5, seeded. */
  public static AudioClip speechLike(double durationSec, long seed) {
    int rate = Egemaps.SAMPLE_RATE_HZ;
    int n = (int) Math.round(durationSec * rate);
    float[] x = new float[n];
    Random rnd = new Random(seed);
    double phase = 0;
    double baseF0 = 120;
    for (int i = 0; i < n; i++) {
      double t = i / (double) rate;
      if (i % rate == 0) {
        baseF0 = 90 + 160 * rnd.nextDouble();
      }
      double f0 = baseF0 * (1 + 0.15 * Math.sin(2 * Math.PI * 0.7 * t));
      phase += 2 * Math.PI * f0 / rate;
      double syllable = Math.sin(Math.PI * ((t * 4) % 1));
      boolean pause = ((int) (t / 1.7)) % 3 == 2 && (t % 1.7) < 0.4;
      double voiced = 0;
      for (int h = 1; h * f0 < 4000; h++) {
        double fh = h * f0;
        double formant = 1 / (1 + Math.pow((fh - 600) / 300, 2)) + 0.5 / (1 + Math.pow((fh - 1700) / 400, 2));
        voiced += Math.sin(h * phase) * (0.3 / h + formant) / h;
      }
      double noise = rnd.nextGaussian() * (syllable < 0.2 ? 0.02 : 0.005);
      x[i] = (float) (pause ? 0.001 * rnd.nextGaussian() : 0.15 * syllable * voiced + noise);
    }
    return new AudioClip(x, rate);
  }
}
