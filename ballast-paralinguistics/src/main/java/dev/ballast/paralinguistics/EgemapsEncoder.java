package dev.ballast.paralinguistics;

import dev.ballast.audio.AudioClip;
import dev.ballast.encoders.Encoder;
import dev.ballast.encoders.EncoderFactory;
import dev.ballast.encoders.EncoderSpec;
import dev.ballast.encoders.Encoders;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Encoder {@code egemaps}: the 88 eGeMAPS v02 functionals of a 16 kHz clip, unstandardised (training
 * standardises). Combine with others as {@code egemaps+fbank-stats}.
 */
public final class EgemapsEncoder implements Encoder {
  public static final String NAME = "egemaps";
  private static final int VERSION = 4;

  private final EncoderSpec spec =
      new EncoderSpec(NAME, Map.of("version", Integer.toString(VERSION)));

  @Override
  public EncoderSpec spec() {
    return spec;
  }

  @Override
  public int sampleRateHz() {
    return Egemaps.SAMPLE_RATE_HZ;
  }

  @Override
  public int dimension() {
    return Egemaps.FUNCTIONAL_COUNT;
  }

  @Override
  public List<String> featureNames() {
    return Egemaps.FUNCTIONAL_NAMES;
  }

  @Override
  public float[] encode(AudioClip clip) {
    Encoder.requireRate(this, clip);
    return Egemaps.functionals(clip);
  }

  /** Registers {@code egemaps}. */
  public static final class Factory implements EncoderFactory {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "eGeMAPS v02: 88 voice functionals (pitch, voice quality, formants, loudness, spectra);"
          + " built in, no download";
    }

    @Override
    public Encoder create(Map<String, String> settings) {
      Encoders.requireKnownSettings(NAME, settings, Set.of("version"));
      Encoders.requireVersion(NAME, settings, VERSION);
      return new EgemapsEncoder();
    }
  }
}
