package dev.ballast.heads;

/** Output activation of a head: softmax over classes, or independent sigmoids per label. */
public enum HeadKind {
  SOFTMAX,
  SIGMOID
}
