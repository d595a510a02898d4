package dev.ballast.evaluation;

/** Precision, recall and F1 averaged one way (macro, weighted or micro) over a task's classes. */
public record Average(double precision, double recall, double f1) {}
