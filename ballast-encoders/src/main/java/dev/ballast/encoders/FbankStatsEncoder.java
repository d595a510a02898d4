package dev.ballast.encoders;

import dev.ballast.audio.AudioClip;
import dev.ballast.features.Deltas;
import dev.ballast.features.FbankOptions;
import dev.ballast.features.KaldiFbank;
import dev.ballast.features.Mfcc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The embedded default encoder: statistics over the active frames of a 16 kHz Kaldi fbank and
 * its MFCCs. Active frames are those within {@value #ACTIVE_RANGE_DB} dB of the loudest one, so
 * leading and trailing silence or zero padding does not dilute the statistics.
 *
 * <p>Layout: MFCC (C0 = log energy) mean, std, 10/50/90th percentiles; delta-MFCC std; delta-delta
 * MFCC std; log-mel mean and std; energy contour (range, slope, delta mean absolute); fraction of
 * active frames.
 */
public final class FbankStatsEncoder implements Encoder {
  public static final String NAME = "fbank-stats";
  static final double ACTIVE_RANGE_DB = 50;
  private static final int RATE_HZ = 16000;
  static final int ZERO_RUN_SAMPLES = 32;
  private static final int VERSION = 1;

  private final int melBins;
  private final int numCeps;
  private final EncoderSpec spec;
  private final List<String> names;

  public FbankStatsEncoder(int melBins, int numCeps) {
    this.melBins = melBins;
    this.numCeps = numCeps;
    new Mfcc(FbankOptions.kaldiDefaults(RATE_HZ, melBins), numCeps, 22); // validates
    this.spec = new EncoderSpec(NAME, Map.of("melBins", Integer.toString(melBins), "numCeps",
        Integer.toString(numCeps), "version", Integer.toString(VERSION)));
    this.names = buildNames();
  }

  private List<String> buildNames() {
    List<String> n = new ArrayList<>();
    for (String stat : new String[] {"mean", "std", "p10", "p50", "p90"}) {
      for (int c = 0; c < numCeps; c++) {
        n.add("mfcc" + c + "_" + stat);
      }
    }
    for (int c = 0; c < numCeps; c++) {
      n.add("mfcc" + c + "_delta_std");
    }
    for (int c = 0; c < numCeps; c++) {
      n.add("mfcc" + c + "_delta2_std");
    }
    for (String stat : new String[] {"mean", "std"}) {
      for (int b = 0; b < melBins; b++) {
        n.add("logmel" + b + "_" + stat);
      }
    }
    n.add("energy_range");
    n.add("energy_slope");
    n.add("energy_delta_absmean");
    n.add("active_fraction");
    return List.copyOf(n);
  }

  @Override
  public EncoderSpec spec() {
    return spec;
  }

  @Override
  public int sampleRateHz() {
    return RATE_HZ;
  }

  @Override
  public int dimension() {
    return names.size();
  }

  @Override
  public List<String> featureNames() {
    return names;
  }

  @Override
  public float[] encode(AudioClip clip) {
    Encoder.requireRate(this, clip);
    Mfcc mfcc = new Mfcc(FbankOptions.kaldiDefaults(RATE_HZ, melBins), numCeps, 22);
    int frames = mfcc.fbank().options().numFrames(clip.length());
    if (frames < 3) {
      throw new IllegalArgumentException("clip too short to encode: " + clip.durationSec()
          + " s gives " + frames + " frames, " + NAME + " needs at least 3 (0.045 s)");
    }
    float[] logEnergy = new float[frames];
    float[][] logMel = mfcc.fbank().compute(clip, logEnergy);
    float[][] ceps = mfcc.fromFbank(logMel, logEnergy);
    int[] active = activeFrames(logEnergy, digitalSilence(clip, mfcc.fbank().options(), frames));
    float[][] d1 = Deltas.compute(ceps, 2);
    float[][] d2 = Deltas.compute(d1, 2);

    float[] out = new float[names.size()];
    int at = 0;
    double[][] cols = new double[numCeps][];
    for (int c = 0; c < numCeps; c++) {
      cols[c] = FrameStatistics.column(ceps, active, c);
    }
    for (int c = 0; c < numCeps; c++) {
      out[at + c] = (float) FrameStatistics.mean(cols[c]);
      out[at + numCeps + c] = (float) FrameStatistics.std(cols[c]);
      double[] p = FrameStatistics.percentiles(cols[c], 10, 50, 90);
      out[at + 2 * numCeps + c] = (float) p[0];
      out[at + 3 * numCeps + c] = (float) p[1];
      out[at + 4 * numCeps + c] = (float) p[2];
    }
    at += 5 * numCeps;
    for (int c = 0; c < numCeps; c++) {
      out[at++] = (float) FrameStatistics.std(FrameStatistics.column(d1, active, c));
    }
    for (int c = 0; c < numCeps; c++) {
      out[at++] = (float) FrameStatistics.std(FrameStatistics.column(d2, active, c));
    }
    for (int b = 0; b < melBins; b++) {
      double[] col = FrameStatistics.column(logMel, active, b);
      out[at + b] = (float) FrameStatistics.mean(col);
      out[at + melBins + b] = (float) FrameStatistics.std(col);
    }
    at += 2 * melBins;
    double[] energy = new double[active.length];
    double absDelta = 0;
    for (int i = 0; i < active.length; i++) {
      energy[i] = logEnergy[active[i]];
      if (i > 0) {
        absDelta += Math.abs(energy[i] - energy[i - 1]);
      }
    }
    double[] p = FrameStatistics.percentiles(energy, 5, 95);
    out[at++] = (float) (p[1] - p[0]);
    out[at++] = (float) (FrameStatistics.slope(energy) * 100); // per second at 10 ms hop
    out[at++] = (float) (absDelta / Math.max(1, active.length - 1));
    out[at++] = active.length / (float) frames;
    return out;
  }

  /**
   * Frames that touch digital padding (a run of at least {@value #ZERO_RUN_SAMPLES} exactly-zero
   * samples): they would otherwise enter the statistics as clicks at the edge of the padding.
   */
  static boolean[] digitalSilence(AudioClip clip, dev.ballast.features.FbankOptions o, int frames) {
    boolean[] out = new boolean[frames];
    float[] x = clip.samples();
    int len = o.frameLengthSamples();
    for (int f = 0; f < frames; f++) {
      int start = f * o.frameShiftSamples();
      int run = 0;
      for (int i = start; i < start + len && !out[f]; i++) {
        run = x[i] == 0f ? run + 1 : 0;
        out[f] = run >= ZERO_RUN_SAMPLES;
      }
    }
    return out;
  }

  /**
   * Frames within {@link #ACTIVE_RANGE_DB} of the loudest and not digital silence; all frames if
   * fewer than 3 qualify.
   */
  static int[] activeFrames(float[] logEnergy, boolean[] silent) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < logEnergy.length; i++) {
      if (!silent[i]) {
        max = Math.max(max, logEnergy[i]);
      }
    }
    double threshold = Math.max(max - ACTIVE_RANGE_DB / 10 * Math.log(10),
        KaldiFbank.LOG_FLOOR + 1);
    int[] idx = new int[logEnergy.length];
    int n = 0;
    for (int i = 0; i < logEnergy.length; i++) {
      if (logEnergy[i] >= threshold && !silent[i]) {
        idx[n++] = i;
      }
    }
    if (n < 3) {
      idx = new int[logEnergy.length];
      for (int i = 0; i < idx.length; i++) {
        idx[i] = i;
      }
      return idx;
    }
    return java.util.Arrays.copyOf(idx, n);
  }

  /** Registers {@code fbank-stats}. */
  public static final class Factory implements EncoderFactory {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "statistics of Kaldi fbank and MFCC (+deltas) over active frames; built in, no download";
    }

    @Override
    public Encoder create(Map<String, String> settings) {
      Encoders.requireKnownSettings(NAME, settings, Set.of("melBins", "numCeps", "version"));
      Encoders.requireVersion(NAME, settings, VERSION);
      return new FbankStatsEncoder(Integer.parseInt(settings.getOrDefault("melBins", "40")),
          Integer.parseInt(settings.getOrDefault("numCeps", "13")));
    }
  }
}
