package dev.ballast.paralinguistics;

import java.util.Arrays;

/**
 * Lengths of the runs of "active" frames of a contour, as openSMILE's Segments functional counts
 * them for voiced (F0 non-zero) and unvoiced (F0 zero) stretches: a run starts after
 * {@value #MIN_SEGMENT_FRAMES} active frames, survives single inactive frames and ends at the
 * first of {@value #MIN_PAUSE_FRAMES} inactive frames in a row. A run's length is counted from its
 * first to its last active frame, so a run of k frames is k - 1 frames long.
 */
final class ContourSegments {
  static final int MIN_SEGMENT_FRAMES = 3;
  static final int MIN_PAUSE_FRAMES = 2;

  private ContourSegments() {}

  /** Segment lengths in frames. */
  static int[] lengths(boolean[] active) {
    int[] out = new int[active.length / 2 + 1];
    int count = 0;
    int state = 0; // 0 pause, 1 candidate, 2 in segment
    int startAt = 0;
    int run = 0;
    int gap = 0;
    for (int i = 0; i < active.length; i++) {
      if (active[i]) {
        if (state == 0) {
          run = 1;
          startAt = i;
          state = 1;
        } else if (state == 1) {
          gap = 0;
          if (++run >= MIN_SEGMENT_FRAMES) {
            run = 0;
            state = 2;
          }
        } else {
          gap = 0;
        }
      } else if (state == 2) {
        run = 0;
        if (++gap >= MIN_PAUSE_FRAMES) {
          out[count++] = i - gap - startAt;
          state = 0;
          gap = 0;
        }
      } else if (state == 1) {
        if (++gap >= MIN_PAUSE_FRAMES) {
          state = 0;
          gap = 0;
          run = 0;
        }
      }
    }
    if (state == 2) {
      out[count++] = active.length - (gap + 1) - startAt;
    }
    return Arrays.copyOf(out, count);
  }
}
