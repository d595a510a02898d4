/**
 * Per-task training losses on DJL autograd, each a small validated record behind one of two
 * interfaces: {@link dev.ballast.training.loss.SingleLabelLoss} (softmax heads, one-hot or soft
 * targets) and {@link dev.ballast.training.loss.MultiLabelLoss} (sigmoid heads, per-label
 * targets). {@link dev.ballast.training.loss.Losses} builds them by registered name for recipes.
 *
 * <p>Layouts: logits and targets are {@code [batch, classes]}; single-label sample weights are
 * {@code [batch]}; multi-label masks are {@code [batch, classes]}. A single-label target row of
 * zeros means "not labelled for this task"; such rows never enter the loss.
 */
package dev.ballast.training.loss;
