package dev.ballast.encoders;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A file, or a segment of it ({@code startSec}/{@code endSec} NaN = whole file), to encode;
 * optionally followed by other segments (joined end to end, in order, before encoding) and
 * augmented with a seeded waveform chain after joining.
 *
 * @param appended segments read at the encoder's rate and concatenated after this one (segment
 *     concatenation creates new multi-label examples); empty for a plain request
 * @param augmentation waveform augmentation applied to the (joined) clip; empty for none
 */
public record ClipRequest(Path path, double startSec, double endSec, List<Segment> appended,
    Optional<AugmentationSpec> augmentation) {

  /** A part of a file; {@code startSec}/{@code endSec} NaN = the whole file. */
  public record Segment(Path path, double startSec, double endSec) {
    public Segment {
      Objects.requireNonNull(path, "path");
    }

    public String describe() {
      return Double.isNaN(startSec) && Double.isNaN(endSec) ? path.toString()
          : path + " [" + startSec + ", " + endSec + ")";
    }
  }

  public ClipRequest {
    Objects.requireNonNull(path, "path");
    appended = List.copyOf(appended);
    Objects.requireNonNull(augmentation, "augmentation");
  }

  /** A plain request: the file or segment as it is. */
  public ClipRequest(Path path, double startSec, double endSec) {
    this(path, startSec, endSec, List.of(), Optional.empty());
  }

  public static ClipRequest whole(Path path) {
    return new ClipRequest(path, Double.NaN, Double.NaN);
  }

  /** This request's own segment. */
  public Segment segment() {
    return new Segment(path, startSec, endSec);
  }

  /** Whether the request is a file or segment as it is (nothing appended, no augmentation). */
  public boolean isPlain() {
    return appended.isEmpty() && augmentation.isEmpty();
  }

  /** This request with {@code segment} appended after the ones already there. */
  public ClipRequest withAppended(Segment segment) {
    List<Segment> more = new java.util.ArrayList<>(appended);
    more.add(segment);
    return new ClipRequest(path, startSec, endSec, more, augmentation);
  }

  public ClipRequest withAugmentation(AugmentationSpec spec) {
    return new ClipRequest(path, startSec, endSec, appended, Optional.of(spec));
  }

  public String describe() {
    String s = segment().describe() + appended.stream().map(seg -> " + " + seg.describe())
        .collect(Collectors.joining());
    return augmentation.map(a -> s + " {" + a.describe() + "}").orElse(s);
  }
}
