package dev.ballast.training.augment;

import dev.ballast.audio.augment.AugmentationChain;
import java.util.Objects;

/**
 * The augmentation lever of a recipe: extra training rows made from the audio of training rows
 * (never dev, never test), encoded through the same extractor and cache as the originals. The
 * other levers see the augmented training set: its class counts set the loss weights and the
 * post-hoc logit-adjustment prior ({@link Copies#EVERY_ROW} keeps the shares,
 * {@link Copies#TO_BALANCE} flattens them).
 *
 * @param waveformChain a chain in {@link AugmentationChain#parse}'s syntax (stored canonical);
 *     empty for no waveform copies
 * @param maxCopies augmented copies per training row: exactly this many with
 *     {@link Copies#EVERY_ROW}, at most this many with {@link Copies#TO_BALANCE}
 * @param copies which rows are copied and how often
 * @param joinsPerPositive multi-label segment concatenation: new examples per row that carries a
 *     positive multi-label target, each joining it with another segment of the same recording (else
 *     of the same group), targets the union; 0 = off
 */
public record Augment(String waveformChain, int maxCopies, Copies copies, int joinsPerPositive) {

  /** No augmentation. */
  public static final Augment NONE = new Augment("", 0, Copies.EVERY_ROW, 0);

  /** How many waveform copies each training row gets. */
  public enum Copies {
    /** {@code maxCopies} of every row: more data, class shares unchanged. */
    EVERY_ROW,
    /**
     * Copies of the rows of smaller classes so that each class approaches the largest one's count
     * (at most {@code maxCopies} per row; the largest class gets none). The class is that of the
     * task with most classes, or the label set of the first multi-label task when there is no
     * single-label task.
     */
    TO_BALANCE
  }

  public Augment {
    Objects.requireNonNull(waveformChain, "waveformChain");
    Objects.requireNonNull(copies, "copies");
    if (maxCopies < 0 || joinsPerPositive < 0) {
      throw new IllegalArgumentException("augmentation counts must be >= 0, got maxCopies="
          + maxCopies + " joinsPerPositive=" + joinsPerPositive + "; use 0 to turn a part off");
    }
    if (waveformChain.isBlank() != (maxCopies == 0)) {
      throw new IllegalArgumentException("waveform copies need both a chain and maxCopies >= 1, "
          + "got chain '" + waveformChain + "' and maxCopies=" + maxCopies
          + "; give both (e.g. \"gain=6,noise=15:30\" and 2) or neither");
    }
    waveformChain = waveformChain.isBlank() ? "" : AugmentationChain.parse(waveformChain).spec();
  }

  public boolean enabled() {
    return maxCopies > 0 || joinsPerPositive > 0;
  }

  public String describe() {
    if (!enabled()) {
      return "none";
    }
    String copiesText = maxCopies == 0 ? "" : (copies == Copies.EVERY_ROW ? maxCopies
        + " copies of every row" : "copies to balance classes (at most " + maxCopies + " per row)")
        + " with " + waveformChain;
    String joinText = joinsPerPositive == 0 ? "" : joinsPerPositive
        + " segment joins per multi-label positive";
    return copiesText.isEmpty() ? joinText : joinText.isEmpty() ? copiesText
        : copiesText + "; " + joinText;
  }
}
