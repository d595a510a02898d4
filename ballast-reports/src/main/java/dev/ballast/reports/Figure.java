package dev.ballast.reports;

import java.util.Objects;

/**
 * One rendered figure: the file name suffix after {@code <task>-} (e.g. {@code roc}), the caption
 * shown under it in the page (also its alt text) and the PNG bytes.
 */
record Figure(String suffix, String caption, byte[] png) {
  Figure {
    Objects.requireNonNull(suffix, "suffix");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(png, "png");
  }

  String fileName(String taskFileStem) {
    return taskFileStem + "-" + suffix + ".png";
  }
}
