package dev.ballast.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Who says what in one part (train or test) of the demo corpus: class counts per task from the
 * seed's shares with a minimum per class, speakers carrying fixed gender, age and dialect, and
 * an emotion per utterance. Age and dialect counts are met exactly at the utterance level by
 * cutting the rows of each age group into speakers, then handing speakers (split if needed) to
 * the rarer dialects first.
 */
final class CorpusPlan {
  /**
   * Age groups and dialects with fewer rows than this get one utterance per speaker, so a
   * handful of examples still covers a handful of voices.
   */
  private static final int RARE_CLASS_ROWS = 40;
  private static final int MAX_UTTERANCES = 6;

  /** One speaker of the plan; {@code ageLabelled == false} leaves its age cells empty. */
  record Speaker(int number, Gender gender, AgeGroup age, boolean ageLabelled, Dialect dialect,
      List<Emotion> emotions) {}

  private static final class Block {
    final AgeGroup age;
    final boolean ageLabelled;
    int size;
    Dialect dialect;
    Gender gender;

    Block(AgeGroup age, boolean ageLabelled, int size) {
      this.age = age;
      this.ageLabelled = ageLabelled;
      this.size = size;
    }
  }

  private CorpusPlan() {}

  /**
   * Plans {@code numRows} utterances; speakers are numbered from {@code firstSpeaker}.
   *
   * @param unlabelledAgeRows rows whose age is not labelled (their speakers' true age follows
   *     the seed's shares)
   */
  static List<Speaker> plan(int numRows, int minPerClass, int unlabelledAgeRows, int firstSpeaker,
      SplittableRandom rng) {
    int[] ageCounts = allocate(numRows - unlabelledAgeRows,
        shares(AgeGroup.values(), AgeGroup::seedTrainShare), minPerClass);
    int[] dialectCounts = allocate(numRows, shares(Dialect.values(), Dialect::seedTrainShare),
        minPerClass);
    int[] emotionCounts = allocate(numRows, shares(Emotion.values(), Emotion::seedTrainShare),
        minPerClass);

    List<Block> blocks = new ArrayList<>();
    for (AgeGroup a : AgeGroup.values()) {
      cut(blocks, a, true, ageCounts[a.ordinal()], rng);
    }
    int unlabelledLeft = unlabelledAgeRows;
    while (unlabelledLeft > 0) {
      int size = Math.min(unlabelledLeft, 1 + rng.nextInt(MAX_UTTERANCES));
      blocks.add(new Block(drawAge(rng), false, size));
      unlabelledLeft -= size;
    }
    shuffle(blocks, rng);
    assignDialects(blocks, dialectCounts, rng);
    shuffle(blocks, rng);
    assignGenders(blocks, rng);

    List<Emotion> emotions = new ArrayList<>();
    for (Emotion e : Emotion.values()) {
      emotions.addAll(Collections.nCopies(emotionCounts[e.ordinal()], e));
    }
    shuffle(emotions, rng);
    List<Speaker> speakers = new ArrayList<>();
    int row = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      speakers.add(new Speaker(firstSpeaker + i, b.gender, b.age, b.ageLabelled, b.dialect,
          List.copyOf(emotions.subList(row, row + b.size))));
      row += b.size;
    }
    return speakers;
  }

  /**
   * Counts per class summing to {@code total}: {@code round(share * total)} but at least
   * {@code min}; the difference is taken from or given to the largest classes.
   */
  static int[] allocate(int total, double[] shares, int min) {
    int[] counts = new int[shares.length];
    int sum = 0;
    int largestShare = 0;
    for (int i = 0; i < shares.length; i++) {
      counts[i] = Math.max(min, (int) Math.round(shares[i] * total));
      sum += counts[i];
      if (shares[i] > shares[largestShare]) {
        largestShare = i;
      }
    }
    counts[largestShare] += Math.max(0, total - sum);
    for (int excess = sum - total; excess > 0; excess--) {
      int largest = 0;
      for (int i = 1; i < counts.length; i++) {
        if (counts[i] > counts[largest]) {
          largest = i;
        }
      }
      if (counts[largest] <= min) {
        throw new IllegalArgumentException(total + " rows cannot give " + shares.length
            + " classes " + min + " rows each; raise the number of rows or lower the minimum");
      }
      counts[largest]--;
    }
    return counts;
  }

  private static void cut(List<Block> blocks, AgeGroup age, boolean labelled, int rows,
      SplittableRandom rng) {
    int max = rows < RARE_CLASS_ROWS ? 1 : MAX_UTTERANCES;
    while (rows > 0) {
      int size = Math.min(rows, 1 + rng.nextInt(max));
      blocks.add(new Block(age, labelled, size));
      rows -= size;
    }
  }

  private static AgeGroup drawAge(SplittableRandom rng) {
    double u = rng.nextDouble();
    for (AgeGroup a : AgeGroup.values()) {
      u -= a.seedTrainShare();
      if (u < 0) {
        return a;
      }
    }
    return AgeGroup.YOUNG_ADULT;
  }

  /** Rarest dialect first: whole speakers that fit, else part of a speaker; the rest: majority. */
  private static void assignDialects(List<Block> blocks, int[] counts, SplittableRandom rng) {
    List<Dialect> order = new ArrayList<>(List.of(Dialect.values()));
    order.sort((x, y) -> Integer.compare(counts[x.ordinal()], counts[y.ordinal()]));
    Dialect majority = order.remove(order.size() - 1);
    for (Dialect d : order) {
      int need = counts[d.ordinal()];
      int maxSize = need < RARE_CLASS_ROWS ? 1 : MAX_UTTERANCES;
      while (need > 0) {
        Block pick = null;
        for (Block b : blocks) {
          if (b.dialect == null && b.size <= Math.min(need, maxSize)) {
            pick = b;
            break;
          }
        }
        if (pick == null) {
          Block whole = first(blocks);
          pick = new Block(whole.age, whole.ageLabelled, Math.min(need, maxSize));
          whole.size -= pick.size;
          blocks.add(1 + rng.nextInt(blocks.size()), pick);
        }
        pick.dialect = d;
        need -= pick.size;
      }
    }
    for (Block b : blocks) {
      if (b.dialect == null) {
        b.dialect = majority;
      }
    }
  }

  private static Block first(List<Block> blocks) {
    for (Block b : blocks) {
      if (b.dialect == null) {
        return b;
      }
    }
    throw new IllegalStateException("no speaker left to assign a dialect to");
  }

  /** Each speaker gets the gender with fewer rows so far: a near 50/50 split of rows. */
  private static void assignGenders(List<Block> blocks, SplittableRandom rng) {
    int female = 0;
    int male = 0;
    for (Block b : blocks) {
      boolean isFemale = female < male || (female == male && rng.nextBoolean());
      b.gender = isFemale ? Gender.FEMALE : Gender.MALE;
      if (isFemale) {
        female += b.size;
      } else {
        male += b.size;
      }
    }
  }

  private static <T> void shuffle(List<T> list, SplittableRandom rng) {
    Collections.shuffle(list, new Random(rng.nextLong()));
  }

  private static <E> double[] shares(E[] classes, ToDoubleFunction<E> share) {
    double[] s = new double[classes.length];
    for (int i = 0; i < classes.length; i++) {
      s[i] = share.applyAsDouble(classes[i]);
    }
    return s;
  }
}
