package dev.ballast.training;

/** One epoch: mean training loss and the dev score (mean macro-F1 over tasks; NaN without dev). */
public record EpochLog(int epoch, double trainLoss, double devScore) {}
