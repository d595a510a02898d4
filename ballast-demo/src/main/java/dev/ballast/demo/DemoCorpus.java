package dev.ballast.demo;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.WavWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A synthetic speech-like multi-task corpus with the class skew of the seed corpus (LSVSC train
 * table: gender 50/50, age, dialect and emotion highly imbalanced), built without downloads.
 *
 * <p>{@link #generate} writes 16-bit 16 kHz mono WAV files under {@code outDir/wav/train/} and
 * {@code outDir/wav/test/} and two manifests, {@code outDir/train.csv} and
 * {@code outDir/test.csv}, with the header {@value #HEADER_LINE}; paths are relative to the
 * manifest's folder, {@code group} is the speaker.
 *
 * <p>Design of the split:
 * <ul>
 *   <li>Speaker independent: train and test speakers are disjoint.</li>
 *   <li>Age, dialect and emotion counts are {@code round(seed share * rows)} but at least
 *       {@code minPerClassTrain} / {@code minPerClassTest} per class; the majority class gives up
 *       the rows. The test minimum is higher by default (8) on purpose: with the seed's shares a
 *       500-row test part would hold 0-3 examples of most minority classes, and per-class recall
 *       on 1-3 examples is noise. So the test part is <em>not</em> distributed like the seed's
 *       test table for the rare classes; accuracy and weighted averages on it overstate the rare
 *       classes' weight compared with the seed, macro averages and per-class recall are what it
 *       is for.</li>
 *   <li>A fraction of train rows ({@code unlabelledAgeFraction}, whole speakers) has an empty
 *       age cell: not labelled for that task. Their true age (used to synthesise the voice)
 *       follows the seed's shares. Test rows are fully labelled.</li>
 *   <li>Gender is assigned per speaker to balance rows 50/50.</li>
 *   <li>Speakers have 1-6 utterances, but age groups and dialects with fewer than 40 rows in a
 *       part get one utterance per speaker, so five examples are five voices.</li>
 * </ul>
 *
 * <p>Everything follows from {@link Config#seed()}: the same config gives byte-identical files.
 */
public final class DemoCorpus {
  /** Task names in column order. */
  public static final List<String> TASKS = List.of("gender", "age", "dialect", "emotion");
  public static final String HEADER_LINE = "path,group,gender,age,dialect,emotion";
  public static final String TRAIN_MANIFEST = "train.csv";
  public static final String TEST_MANIFEST = "test.csv";
  public static final String AUDIO_FOLDER = "wav";
  private static final long TRAIN_PART = 1;
  private static final long TEST_PART = 2;

  private DemoCorpus() {}

  /**
   * Settings of the corpus.
   *
   * @param numTrain rows in the train part (default {@value #DEFAULT_NUM_TRAIN})
   * @param numTest rows in the test part (default {@value #DEFAULT_NUM_TEST})
   * @param seed seed of everything (default {@value #DEFAULT_SEED})
   * @param minPerClassTrain minimum labelled rows per class and task in train (default
   *     {@value #DEFAULT_MIN_PER_CLASS_TRAIN})
   * @param minPerClassTest the same in test (default {@value #DEFAULT_MIN_PER_CLASS_TEST}),
   *     higher so minority recall is measured on more than a handful of examples
   * @param unlabelledAgeFraction share of train rows with an empty age cell, [0, 0.5] (default
   *     {@value #DEFAULT_UNLABELLED_AGE_FRACTION})
   */
  public record Config(int numTrain, int numTest, long seed, int minPerClassTrain,
      int minPerClassTest, double unlabelledAgeFraction) {
    public static final int DEFAULT_NUM_TRAIN = 1200;
    public static final int DEFAULT_NUM_TEST = 500;
    public static final long DEFAULT_SEED = 20240611L;
    public static final int DEFAULT_MIN_PER_CLASS_TRAIN = 5;
    public static final int DEFAULT_MIN_PER_CLASS_TEST = 8;
    public static final double DEFAULT_UNLABELLED_AGE_FRACTION = 0.10;
    /** Upper bound on rows per part, against typos (each row is a ~50 kB file). */
    public static final int MAX_ROWS = 200_000;

    public Config {
      if (minPerClassTrain < 1) {
        throw new IllegalArgumentException("minPerClassTrain must be at least 1 so every class"
            + " exists in train, got " + minPerClassTrain + "; pass e.g. "
            + DEFAULT_MIN_PER_CLASS_TRAIN);
      }
      if (minPerClassTest < 1) {
        throw new IllegalArgumentException("minPerClassTest must be at least 1 so every class"
            + " exists in test, got " + minPerClassTest + "; pass e.g. "
            + DEFAULT_MIN_PER_CLASS_TEST);
      }
      if (!(unlabelledAgeFraction >= 0 && unlabelledAgeFraction <= 0.5)) {
        throw new IllegalArgumentException("unlabelledAgeFraction must be in [0, 0.5], got "
            + unlabelledAgeFraction + "; pass e.g. " + DEFAULT_UNLABELLED_AGE_FRACTION);
      }
      int classes = Emotion.values().length; // the task with the most classes
      if (numTrain < classes * minPerClassTrain || numTrain > MAX_ROWS) {
        throw new IllegalArgumentException("numTrain must be in [" + classes * minPerClassTrain
            + ", " + MAX_ROWS + "] (" + classes + " emotion classes x minPerClassTrain="
            + minPerClassTrain + "), got " + numTrain
            + "; raise numTrain or lower minPerClassTrain");
      }
      int ageClasses = AgeGroup.values().length;
      int labelledAge = numTrain - unlabelledAgeRows(numTrain, unlabelledAgeFraction);
      if (labelledAge < ageClasses * minPerClassTrain) {
        throw new IllegalArgumentException("numTrain=" + numTrain + " with unlabelledAgeFraction="
            + unlabelledAgeFraction + " leaves " + labelledAge + " age-labelled rows, fewer than "
            + ageClasses + " age classes x minPerClassTrain=" + minPerClassTrain
            + "; raise numTrain or lower unlabelledAgeFraction");
      }
      if (numTest < classes * minPerClassTest || numTest > MAX_ROWS) {
        throw new IllegalArgumentException("numTest must be in [" + classes * minPerClassTest
            + ", " + MAX_ROWS + "] (" + classes + " emotion classes x minPerClassTest="
            + minPerClassTest + "), got " + numTest + "; raise numTest or lower minPerClassTest");
      }
    }

    /** 1200 train rows, 500 test rows, minimum 5 per class in train and 8 in test. */
    public static Config defaults() {
      return new Config(DEFAULT_NUM_TRAIN, DEFAULT_NUM_TEST, DEFAULT_SEED,
          DEFAULT_MIN_PER_CLASS_TRAIN, DEFAULT_MIN_PER_CLASS_TEST,
          DEFAULT_UNLABELLED_AGE_FRACTION);
    }

    /** The defaults with other sizes and seed. */
    public static Config of(int numTrain, int numTest, long seed) {
      return new Config(numTrain, numTest, seed, DEFAULT_MIN_PER_CLASS_TRAIN,
          DEFAULT_MIN_PER_CLASS_TEST, DEFAULT_UNLABELLED_AGE_FRACTION);
    }

    int unlabelledAgeRows() {
      return unlabelledAgeRows(numTrain, unlabelledAgeFraction);
    }

    private static int unlabelledAgeRows(int rows, double fraction) {
      return (int) Math.round(rows * fraction);
    }
  }

  /**
   * What one part holds.
   *
   * @param classCounts task -> label -> labelled rows, every label of the task's domain in
   *     {@link #labels} order (zero counts included)
   * @param unlabelledCounts task -> rows with an empty cell for that task
   */
  public record Part(String name, Path manifest, int numRows, int numSpeakers,
      Map<String, Map<String, Integer>> classCounts, Map<String, Integer> unlabelledCounts) {
    public Part {
      Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
      classCounts.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(
          new LinkedHashMap<>(v))));
      classCounts = Collections.unmodifiableMap(copy);
      unlabelledCounts = Collections.unmodifiableMap(new LinkedHashMap<>(unlabelledCounts));
    }
  }

  /** The generated corpus: where it is and its class counts per task and part. */
  public record Result(Path outDir, Part train, Part test) {

    /** A table of the class counts and shares per task, train next to test, for the console. */
    public String skewTable() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format("%-8s %-13s %15s %15s%n", "task", "label",
          "train (" + train.numRows() + ")", "test (" + test.numRows() + ")"));
      for (String task : TASKS) {
        Map<String, Integer> tr = train.classCounts().get(task);
        Map<String, Integer> te = test.classCounts().get(task);
        int trTotal = tr.values().stream().mapToInt(Integer::intValue).sum();
        int teTotal = te.values().stream().mapToInt(Integer::intValue).sum();
        for (String label : labels(task)) {
          sb.append(String.format("%-8s %-13s %6d (%5.1f%%) %6d (%5.1f%%)%n", task, label,
              tr.get(label), 100.0 * tr.get(label) / trTotal, te.get(label),
              100.0 * te.get(label) / teTotal));
        }
        int trMissing = train.unlabelledCounts().get(task);
        int teMissing = test.unlabelledCounts().get(task);
        if (trMissing + teMissing > 0) {
          sb.append(String.format("%-8s %-13s %6d %8s %6d%n", task, "(unlabelled)", trMissing,
              "", teMissing));
        }
      }
      return sb.toString();
    }
  }

  /** The label domain of {@code task}, in the seed's class-index (and alphabetical) order. */
  public static List<String> labels(String task) {
    switch (task) {
      case "gender":
        return names(Gender.values(), Gender::label);
      case "age":
        return names(AgeGroup.values(), AgeGroup::label);
      case "dialect":
        return names(Dialect.values(), Dialect::label);
      case "emotion":
        return names(Emotion.values(), Emotion::label);
      default:
        throw new IllegalArgumentException("unknown task '" + task + "'; the demo corpus has "
            + TASKS);
    }
  }

  /**
   * Writes the corpus under {@code outDir} (created if needed; existing files of the same names
   * are overwritten) and returns its class counts.
   */
  public static Result generate(Path outDir, Config config) throws IOException {
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(config, "config");
    SplittableRandom trainRng = new SplittableRandom(Seeds.derive(config.seed(), TRAIN_PART));
    List<CorpusPlan.Speaker> train = CorpusPlan.plan(config.numTrain(), config.minPerClassTrain(),
        config.unlabelledAgeRows(), 1, trainRng);
    SplittableRandom testRng = new SplittableRandom(Seeds.derive(config.seed(), TEST_PART));
    List<CorpusPlan.Speaker> test = CorpusPlan.plan(config.numTest(), config.minPerClassTest(), 0,
        1 + train.size(), testRng);
    Part trainPart = writePart(outDir, "train", TRAIN_MANIFEST, train, config.seed());
    Part testPart = writePart(outDir, "test", TEST_MANIFEST, test, config.seed());
    return new Result(outDir, trainPart, testPart);
  }

  private static Part writePart(Path outDir, String name, String manifestName,
      List<CorpusPlan.Speaker> speakers, long seed) throws IOException {
    Path audioDir = outDir.resolve(AUDIO_FOLDER).resolve(name);
    Files.createDirectories(audioDir);
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    Map<String, Integer> unlabelled = new LinkedHashMap<>();
    for (String task : TASKS) {
      Map<String, Integer> c = new LinkedHashMap<>();
      for (String label : labels(task)) {
        c.put(label, 0);
      }
      counts.put(task, c);
      unlabelled.put(task, 0);
    }
    List<String> lines = new ArrayList<>();
    lines.add(HEADER_LINE);
    for (CorpusPlan.Speaker s : speakers) {
      String group = String.format("spk%04d", s.number());
      SpeakerProfile profile = SpeakerProfile.sample(group, s.gender(), s.age(), s.dialect(),
          new SplittableRandom(Seeds.derive(seed, s.number(), 0)));
      String age = s.ageLabelled() ? s.age().label() : "";
      for (int u = 0; u < s.emotions().size(); u++) {
        Emotion emotion = s.emotions().get(u);
        long uttSeed = Seeds.derive(seed, s.number(), u + 1);
        VoiceParams params = profile.utterance(emotion, new SplittableRandom(uttSeed));
        AudioClip clip = VoiceSynthesizer.synthesize(params, Seeds.derive(uttSeed, 1));
        String file = String.format("%s_u%02d.wav", group, u + 1);
        WavWriter.write(audioDir.resolve(file), clip);
        String[] cells = {s.gender().label(), age, s.dialect().label(), emotion.label()};
        lines.add(AUDIO_FOLDER + "/" + name + "/" + file + "," + group + ","
            + String.join(",", cells));
        for (int t = 0; t < TASKS.size(); t++) {
          if (cells[t].isEmpty()) {
            unlabelled.merge(TASKS.get(t), 1, Integer::sum);
          } else {
            counts.get(TASKS.get(t)).merge(cells[t], 1, Integer::sum);
          }
        }
      }
    }
    Path manifest = outDir.resolve(manifestName);
    Files.write(manifest, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    return new Part(name, manifest, lines.size() - 1, speakers.size(), counts, unlabelled);
  }

  private static <E> List<String> names(E[] values, java.util.function.Function<E, String> f) {
    List<String> out = new ArrayList<>();
    for (E v : values) {
      out.add(f.apply(v));
    }
    return List.copyOf(out);
  }
}
