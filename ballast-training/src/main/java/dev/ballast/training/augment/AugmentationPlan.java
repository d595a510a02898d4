package dev.ballast.training.augment;

import dev.ballast.data.Example;
import dev.ballast.data.ManifestRow;
import dev.ballast.data.Target;
import dev.ballast.data.Task;
import dev.ballast.data.TaskKind;
import dev.ballast.data.Tasks;
import dev.ballast.encoders.AugmentationSpec;
import dev.ballast.encoders.ClipRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Which extra rows an {@link Augment} makes from a list of training examples: the audio request of
 * each and its targets. Deterministic in (examples, augment, seed); every row names its source
 * examples so a split can keep it on its sources' side.
 */
public final class AugmentationPlan {
  private AugmentationPlan() {}

  /**
   * One extra training row.
   *
   * @param sources indices into the examples: one for a waveform copy, two for a join
   * @param targets {@code Target[task]} in the task list's order
   */
  public record Row(int[] sources, ClipRequest request, Target[] targets) {
    public Row {
      sources = sources.clone();
      targets = targets.clone();
      Objects.requireNonNull(request, "request");
    }

    @Override
    public int[] sources() {
      return sources.clone();
    }

    @Override
    public Target[] targets() {
      return targets.clone();
    }
  }

  public static List<Row> plan(List<Task> tasks, List<Example> examples, Augment augment,
      long seed) {
    Objects.requireNonNull(augment, "augment");
    List<Row> rows = new ArrayList<>();
    if (augment.maxCopies() > 0) {
      int[] copies = copiesPerRow(tasks, examples, augment, seed);
      for (int i = 0; i < examples.size(); i++) {
        Example e = examples.get(i);
        for (int c = 0; c < copies[i]; c++) {
          AugmentationSpec spec = new AugmentationSpec(augment.waveformChain(),
              copySeed(seed, e.row(), c));
          rows.add(new Row(new int[] {i}, request(e.row()).withAugmentation(spec),
              e.targets().toArray(new Target[0])));
        }
      }
    }
    if (augment.joinsPerPositive() > 0) {
      rows.addAll(joins(tasks, examples, augment.joinsPerPositive(), seed));
    }
    return rows;
  }

  static ClipRequest request(ManifestRow row) {
    return new ClipRequest(row.audioPath(), row.startSec(), row.endSec());
  }

  /** Waveform copies of each example under the augment's {@link Augment.Copies} policy. */
  static int[] copiesPerRow(List<Task> tasks, List<Example> examples, Augment augment,
      long seed) {
    int[] copies = new int[examples.size()];
    if (augment.copies() == Augment.Copies.EVERY_ROW) {
      Arrays.fill(copies, augment.maxCopies());
      return copies;
    }
    Map<String, List<Integer>> byClass = new LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      int index = i;
      balanceClass(tasks, examples.get(i)).ifPresent(key -> byClass.computeIfAbsent(key,
          k -> new ArrayList<>()).add(index));
    }
    int largest = byClass.values().stream().mapToInt(List::size).max().orElse(0);
    SplittableRandom random = new SplittableRandom(seed ^ 0x636F70696573L);
    for (List<Integer> members : byClass.values()) {
      int n = members.size();
      long extra = Math.min(largest - n, (long) n * augment.maxCopies());
      List<Integer> order = new ArrayList<>(members);
      shuffle(order, random);
      for (int j = 0; j < n; j++) {
        copies[order.get(j)] = (int) (extra / n + (j < extra % n ? 1 : 0));
      }
    }
    return copies;
  }

  /** The class a row is balanced by; empty when it carries no label for that task. */
  private static Optional<String> balanceClass(List<Task> tasks, Example e) {
    int t = Tasks.widestSingleLabel(tasks);
    if (t >= 0) {
      Target.Single s = (Target.Single) e.targets().get(t);
      return s.isMissing() ? Optional.empty() : Optional.of(Integer.toString(s.classIndex()));
    }
    for (int k = 0; k < tasks.size(); k++) {
      if (tasks.get(k).kind() == TaskKind.MULTI_LABEL) {
        return Optional.of(Arrays.toString(((Target.Multi) e.targets().get(k)).present()));
      }
    }
    return Optional.empty();
  }

  /** Joins of every multi-label positive with other segments of its recording, else its group. */
  private static List<Row> joins(List<Task> tasks, List<Example> examples, int perPositive,
      long seed) {
    Map<String, List<Integer>> byRecording = new LinkedHashMap<>();
    Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      ManifestRow r = examples.get(i).row();
      byRecording.computeIfAbsent(r.audioPath().toString(), k -> new ArrayList<>()).add(i);
      byGroup.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(i);
    }
    List<Row> rows = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(seed ^ 0x6A6F696E73L);
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      if (!hasPositive(tasks, e)) {
        continue;
      }
      List<Integer> partners = others(byRecording.get(e.row().audioPath().toString()), i);
      if (partners.isEmpty()) {
        partners = others(byGroup.get(e.row().group()), i);
      }
      shuffle(partners, random);
      for (int k = 0; k < Math.min(perPositive, partners.size()); k++) {
        Example p = examples.get(partners.get(k));
        ManifestRow pr = p.row();
        rows.add(new Row(new int[] {i, partners.get(k)}, request(e.row()).withAppended(
            new ClipRequest.Segment(pr.audioPath(), pr.startSec(), pr.endSec())),
            union(tasks, e, p)));
      }
    }
    return rows;
  }

  private static boolean hasPositive(List<Task> tasks, Example e) {
    for (int t = 0; t < tasks.size(); t++) {
      if (e.targets().get(t) instanceof Target.Multi m) {
        for (boolean b : m.present()) {
          if (b) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Targets of a join: the union of both rows' multi-label sets; a single-label class only when
   * both rows carry the same one (otherwise unlabelled for that task).
   */
  static Target[] union(List<Task> tasks, Example a, Example b) {
    Target[] out = new Target[tasks.size()];
    for (int t = 0; t < out.length; t++) {
      Target ta = a.targets().get(t);
      Target tb = b.targets().get(t);
      if (ta instanceof Target.Multi ma && tb instanceof Target.Multi mb) {
        boolean[] x = ma.present();
        boolean[] y = mb.present();
        for (int c = 0; c < x.length; c++) {
          x[c] |= y[c];
        }
        out[t] = new Target.Multi(x);
      } else {
        out[t] = ta.equals(tb) ? ta : new Target.Single(Target.Single.MISSING);
      }
    }
    return out;
  }

  private static List<Integer> others(List<Integer> members, int self) {
    List<Integer> out = new ArrayList<>(members);
    out.remove(Integer.valueOf(self));
    return out;
  }

  private static void shuffle(List<Integer> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      list.set(j, list.set(i, list.get(j)));
    }
  }

  /**
   * The augmentation seed of copy {@code copy} of a row: derived from the training seed and the
   * row's audio and segment (not its position), so a copy is the same, and cached once, whatever
   * subset of the manifest is trained on.
   */
  static long copySeed(long seed, ManifestRow row, int copy) {
    long h = new SplittableRandom(seed).nextLong() ^ row.describe().hashCode();
    return new SplittableRandom(new SplittableRandom(h).nextLong() + copy).nextLong();
  }
}
