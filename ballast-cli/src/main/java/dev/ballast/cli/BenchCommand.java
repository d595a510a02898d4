package dev.ballast.cli;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioReader;
import dev.ballast.audio.SampleRateConverter;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.Encoders;
import dev.ballast.paralinguistics.EgemapsBench;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Feature-extraction throughput on one thread: a synthetic "
    + "speech-like file and, if given, a folder of WAV files (e.g. EmoDB). Prints audio seconds per "
    + "CPU second, the real-time factor, and ratios against the Kaldi fbank measured in the same "
    + "run and against openSMILE's eGeMAPS throughput on this machine (60 audio-s per CPU-s).")
final class BenchCommand implements Callable<Integer> {
  /** openSMILE 3.0.1 eGeMAPSv02 on a 10-minute 16 kHz file on this machine (issue figure). */
  static final double OPENSMILE_AUDIO_SEC_PER_CPU_SEC = 60;

  @Option(names = "--minutes", defaultValue = "10", description = "Length of the synthetic file (default: ${DEFAULT-VALUE}).") double minutes;
  @Option(names = "--corpus", paramLabel = "DIR", description = "Also time every *.wav below DIR, decoding and rate conversion included.") Path corpus;
  @Option(names = "--encoders", defaultValue = "fbank-stats,egemaps", split = ",") List<String> encoders;

  @Override
  public Integer call() throws Exception {
    AudioClip clip = EgemapsBench.speechLike(minutes * 60, 1);
    System.out.printf(Locale.ROOT, "synthetic speech-like audio: %.0f s at 16 kHz%n", clip.durationSec());
    double reference = 0;
    for (String name : encoders) {
      Encoder encoder = Encoders.create(name);
      encoder.encode(EgemapsBench.speechLike(10, 2)); // warm-up
      long start = cpuNanos();
      encoder.encode(clip);
      double cpu = (cpuNanos() - start) / 1e9;
      double speed = clip.durationSec() / cpu;
      if (reference == 0) {
        reference = speed;
      }
      System.out.printf(Locale.ROOT, "  %-12s %8.1f audio-s per CPU-s  RTF %.4f  %.2fx %s  %.2fx openSMILE eGeMAPS%n",
          name, speed, 1 / speed, speed / reference, encoders.get(0), speed / OPENSMILE_AUDIO_SEC_PER_CPU_SEC);
    }
    if (corpus != null) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(corpus)) {
        files = s.filter(p -> p.toString().endsWith(".wav")).sorted().toList();
      }
      AudioReader reader = AudioReader.withInstalledDecoders();
      for (String name : encoders) {
        Encoder encoder = Encoders.create(name);
        double audio = 0;
        long start = cpuNanos();
        for (Path f : files) {
          AudioClip c = reader.read(f);
          audio += c.durationSec();
          encoder.encode(SampleRateConverter.convert(c, encoder.sampleRateHz()));
        }
        double cpu = (cpuNanos() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d files, %.0f s of audio, %-12s %8.1f audio-s per CPU-s  RTF %.4f%n",
            corpus, files.size(), audio, name, audio / cpu, cpu / audio);
      }
    }
    return 0;
  }

  private static long cpuNanos() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    return mx.getCurrentThreadCpuTime();
  }
}
