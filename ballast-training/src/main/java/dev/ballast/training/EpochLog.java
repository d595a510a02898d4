package dev.ballast.training;

/** One epoch: mean training loss, dev macro-F1 (mean over tasks) and dev loss. */
public record EpochLog(int epoch, double trainLoss, double devMacroF1, double devLoss) {}
