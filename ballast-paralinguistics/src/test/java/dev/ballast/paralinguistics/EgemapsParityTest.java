package dev.ballast.paralinguistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Parity with openSMILE 3.0.1 eGeMAPSv02 on the shared reference (535 EmoDB + 3000 FSDD files, 20
 * EmoDB files frame by frame). The bars are 70 functionals with r >= 0.90, 84 with r >= 0.70,
 * 95 % voicing agreement and 95 % F0 agreement; the asserted bars are the ones this implementation
 * reaches today (see the report), so any regression fails.
 */
class EgemapsParityTest {
  static final int REACHED_R90 = 82;
  static final int REACHED_R70 = 84;
  static final double REACHED_VOICING = 0.999;
  static final double REACHED_F0 = 0.999;
  /** Formant frames: Pearson's r per F1-F3 frequency/bandwidth track, and median |diff| in Hz. */
  static final double REACHED_FORMANT_R = 0.94;
  static final double REACHED_FORMANT_MEDIAN_HZ = 0.5;

  private static Path shared() {
    return Path.of(System.getProperty("ballast.shared.dir", "/work/shared"));
  }

  private record Ref(String dataset, String name, double[] values) {}

  private static List<Ref> references(String dataset, List<String> header) throws IOException {
    List<String> lines = Files.readAllLines(
        shared().resolve("reference/egemaps-v02/" + dataset + "-functionals.csv"));
    header.clear();
    header.addAll(Arrays.asList(lines.get(0).split(";")));
    List<Ref> refs = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(";");
      double[] v = new double[c.length - 2];
      for (int i = 2; i < c.length; i++) {
        v[i - 2] = Double.parseDouble(c[i]);
      }
      refs.add(new Ref(dataset, c[0].replace("'", ""), v));
    }
    return refs;
  }

  @Test
  void functionalsCorrelateWithOpenSmileAcrossFiles() throws Exception {
    assumeTrue(Files.isDirectory(shared().resolve("reference/egemaps-v02")), "no shared reference");
    List<String> header = new ArrayList<>();
    List<Ref> refs = new ArrayList<>(references("emodb", header));
    assertEquals(Egemaps.FUNCTIONAL_NAMES, header.subList(2, header.size()),
        "functional names and order must be openSMILE's");
    refs.addAll(references("fsdd", header));
    AudioReader reader = AudioReader.withInstalledDecoders();
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.max(1, Runtime.getRuntime().availableProcessors()));
    List<Future<float[]>> futures = new ArrayList<>();
    for (Ref r : refs) {
      Path file = shared().resolve("datasets").resolve(r.dataset()).resolve(r.name());
      futures.add(pool.submit(() -> Egemaps.functionalsAnyRate(reader.read(file))));
    }
    double[][] mine = new double[refs.size()][];
    for (int i = 0; i < refs.size(); i++) {
      float[] f = futures.get(i).get();
      mine[i] = new double[f.length];
      for (int k = 0; k < f.length; k++) {
        mine[i][k] = f[k];
      }
    }
    pool.shutdown();
    String dump = System.getProperty("ballast.parity.dump");
    if (dump != null) {
      List<String> rows = new ArrayList<>();
      rows.add("dataset;name;" + String.join(";", Egemaps.FUNCTIONAL_NAMES));
      for (int i = 0; i < refs.size(); i++) {
        StringBuilder row = new StringBuilder(refs.get(i).dataset() + ";" + refs.get(i).name());
        for (double v : mine[i]) {
          row.append(';').append(v);
        }
        rows.add(row.toString());
      }
      Files.write(Path.of(dump), rows);
    }
    int r90 = 0;
    int r70 = 0;
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%-48s %8s %10s %8s %8s%n", "feature", "pearson", "medRelDiff", "r emodb", "r fsdd"));
    int emodb = (int) refs.stream().filter(r -> r.dataset().equals("emodb")).count();
    for (int k = 0; k < Egemaps.FUNCTIONAL_COUNT; k++) {
      double[] a = new double[refs.size()];
      double[] b = new double[refs.size()];
      double[] rel = new double[refs.size()];
      for (int i = 0; i < refs.size(); i++) {
        a[i] = refs.get(i).values()[k];
        b[i] = mine[i][k];
        rel[i] = Math.abs(b[i] - a[i]) / Math.max(Math.abs(a[i]), 1e-9);
      }
      double r = pearson(a, b);
      Arrays.sort(rel);
      r90 += r >= 0.90 ? 1 : 0;
      r70 += r >= 0.70 ? 1 : 0;
      table.append(String.format(Locale.ROOT, "%-48s %8.3f %10.3f %8.3f %8.3f%n",
          Egemaps.FUNCTIONAL_NAMES.get(k), r, rel[rel.length / 2],
          pearson(Arrays.copyOfRange(a, 0, emodb), Arrays.copyOfRange(b, 0, emodb)),
          pearson(Arrays.copyOfRange(a, emodb, a.length), Arrays.copyOfRange(b, emodb, b.length))));
    }
    table.append(String.format(Locale.ROOT,
        "functionals with r >= 0.90: %d (issue asks 70); r >= 0.70: %d (issue asks 84)%n", r90, r70));
    System.out.print(table);
    assertTrue(r90 >= REACHED_R90, "r >= 0.90 for " + r90 + " functionals, had " + REACHED_R90);
    assertTrue(r70 >= REACHED_R70, "r >= 0.70 for " + r70 + " functionals, had " + REACHED_R70);
  }

  @Test
  void framesAgreeOnVoicingAndF0() throws Exception {
    Path dir = shared().resolve("reference/egemaps-v02/lld");
    assumeTrue(Files.isDirectory(dir), "no shared reference");
    AudioReader reader = AudioReader.withInstalledDecoders();
    long frames = 0;
    long agree = 0;
    long both = 0;
    long f0Close = 0;
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    for (Path csv : files) {
      List<String> lines = Files.readAllLines(csv);
      List<String> names = Arrays.asList(lines.get(0).split(";"));
      assertEquals(Egemaps.LLD_NAMES, names.subList(2, names.size()), "LLD names and order");
      int f0Col = names.indexOf("F0semitoneFrom27.5Hz_sma3nz");
      String wav = lines.get(1).split(";")[0].replace("'", "");
      AudioClip clip = reader.read(shared().resolve("datasets/emodb").resolve(wav));
      double refStepSec = Math.round(0.01 * clip.sampleRateHz()) / (double) clip.sampleRateHz();
      EgemapsLld lld = Egemaps.lldAnyRate(clip);
      float[] f0 = lld.track("F0semitoneFrom27.5Hz_sma3nz");
      for (int i = 1; i < lines.size(); i++) {
        double ref = Double.parseDouble(lines.get(i).split(";")[f0Col]);
        int t = (int) Math.min(lld.frames() - 1,
            Math.round((i - 1) * refStepSec / lld.frameStepSec()));
        boolean rv = ref > 0;
        boolean mv = lld.voiced()[t];
        frames++;
        agree += rv == mv ? 1 : 0;
        if (rv && mv) {
          both++;
          f0Close += Math.abs(ref - f0[t]) <= 1 ? 1 : 0;
        }
      }
    }
    double voicing = agree / (double) frames;
    double f0 = f0Close / (double) Math.max(1, both);
    System.out.printf(Locale.ROOT, "LLD parity over %d frames: voicing agreement %.4f (issue asks"
        + " 0.95), F0 within 1 semitone %.4f of %d frames voiced in both (issue asks 0.95)%n",
        frames, voicing, f0, both);
    assertTrue(voicing >= REACHED_VOICING, "voicing agreement " + voicing);
    assertTrue(f0 >= REACHED_F0, "F0 agreement " + f0);
  }

  /**
   * Every descriptor frame by frame over the 20 LLD files (frames where both are non-zero): prints
   * Pearson's r and the absolute differences per track, and asserts the floors reached for the
   * F1-F3 frequency and bandwidth tracks.
   */
  @Test
  void framesAgreePerDescriptor() throws Exception {
    Path dir = shared().resolve("reference/egemaps-v02/lld");
    assumeTrue(Files.isDirectory(dir), "no shared reference");
    AudioReader reader = AudioReader.withInstalledDecoders();
    List<List<double[]>> pairs = new ArrayList<>();
    for (int k = 0; k < Egemaps.LLD_COUNT; k++) {
      pairs.add(new ArrayList<>());
    }
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    for (Path csv : files) {
      List<String> lines = Files.readAllLines(csv);
      String wav = lines.get(1).split(";")[0].replace("'", "");
      AudioClip clip = reader.read(shared().resolve("datasets/emodb").resolve(wav));
      double refStepSec = Math.round(0.01 * clip.sampleRateHz()) / (double) clip.sampleRateHz();
      EgemapsLld lld = Egemaps.lldAnyRate(clip);
      String dump = System.getProperty("ballast.parity.dump");
      if (dump != null) {
        List<String> rows = new ArrayList<>();
        for (int t = 0; t < lld.frames(); t++) {
          StringBuilder row = new StringBuilder(Double.toString(lld.frameTimeSec(t)));
          for (int k = 0; k < Egemaps.LLD_COUNT; k++) {
            row.append(';').append(lld.values()[k][t]);
          }
          rows.add(row.toString());
        }
        Files.write(Path.of(dump + "-" + csv.getFileName()), rows);
      }
      for (int i = 1; i < lines.size(); i++) {
        String[] row = lines.get(i).split(";");
        int t = (int) Math.round((i - 1) * refStepSec / lld.frameStepSec());
        for (int k = 0; k < Egemaps.LLD_COUNT && t < lld.frames(); k++) {
          double ref = Double.parseDouble(row[k + 2]);
          double mine = lld.values()[k][t];
          if (ref != 0 && mine != 0) {
            pairs.get(k).add(new double[] {ref, mine});
          }
        }
      }
    }
    StringBuilder out = new StringBuilder(
        "frames per descriptor over 20 EmoDB files (both non-zero):\n");
    double worstR = 1;
    double worstMedian = 0;
    for (int k = 0; k < Egemaps.LLD_COUNT; k++) {
      List<double[]> p = pairs.get(k);
      double[] a = new double[p.size()];
      double[] b = new double[p.size()];
      double[] d = new double[p.size()];
      for (int i = 0; i < p.size(); i++) {
        a[i] = p.get(i)[0];
        b[i] = p.get(i)[1];
        d[i] = Math.abs(a[i] - b[i]);
      }
      Arrays.sort(d);
      double r = pearson(a, b);
      double median = d[d.length / 2];
      String name = Egemaps.LLD_NAMES.get(k);
      out.append(String.format(Locale.ROOT,
          "  %-28s frames %6d  r %.4f  |diff| median %.4g, 75 %% %.4g, 90 %% %.4g%n",
          name, p.size(), r, median, d[d.length * 3 / 4], d[d.length * 9 / 10]));
      if (name.matches("F[123](frequency|bandwidth)_sma3nz")) {
        worstR = Math.min(worstR, r);
        worstMedian = Math.max(worstMedian, median);
      }
    }
    System.out.print(out);
    assertTrue(worstR >= REACHED_FORMANT_R, "formant frames: lowest r " + worstR);
    assertTrue(worstMedian <= REACHED_FORMANT_MEDIAN_HZ,
        "formant frames: largest median |diff| " + worstMedian + " Hz");
  }

  static double pearson(double[] a, double[] b) {
    double ma = EgemapsFunctionals.mean(a);
    double mb = EgemapsFunctionals.mean(b);
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
  }
}
