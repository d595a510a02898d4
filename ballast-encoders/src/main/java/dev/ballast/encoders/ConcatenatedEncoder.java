package dev.ballast.encoders;

import dev.ballast.audio.AudioClip;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Concatenates the embeddings of several encoders that take the same sample rate. */
final class ConcatenatedEncoder implements Encoder {
  static final String NAME = "concat";
  private final List<Encoder> parts;
  private final EncoderSpec spec;
  private final int dimension;

  ConcatenatedEncoder(List<Encoder> parts) {
    this.parts = List.copyOf(parts);
    int rate = parts.get(0).sampleRateHz();
    Map<String, String> settings = new LinkedHashMap<>();
    int dim = 0;
    for (int i = 0; i < parts.size(); i++) {
      Encoder e = parts.get(i);
      if (e.sampleRateHz() != rate) {
        throw new IllegalArgumentException("cannot concatenate " + parts.get(0).spec().name()
            + " (" + rate + " Hz) with " + e.spec().name() + " (" + e.sampleRateHz() + " Hz)");
      }
      settings.put("part" + i, e.spec().key());
      dim += e.dimension();
    }
    this.dimension = dim;
    this.spec = new EncoderSpec(NAME, settings);
  }

  static ConcatenatedEncoder fromSpec(EncoderSpec spec) {
    List<Encoder> parts = new ArrayList<>();
    for (int i = 0; spec.settings().containsKey("part" + i); i++) {
      parts.add(Encoders.create(parseKey(spec.settings().get("part" + i))));
    }
    return new ConcatenatedEncoder(parts);
  }

  /** Inverse of {@link EncoderSpec#key()} for specs whose values hold no commas or braces. */
  static EncoderSpec parseKey(String key) {
    int open = key.indexOf('{');
    String name = key.substring(0, open);
    String body = key.substring(open + 1, key.length() - 1);
    Map<String, String> settings = new LinkedHashMap<>();
    if (!body.isEmpty()) {
      for (String kv : body.split(",")) {
        int eq = kv.indexOf('=');
        settings.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    return new EncoderSpec(name, settings);
  }

  @Override
  public EncoderSpec spec() {
    return spec;
  }

  @Override
  public int sampleRateHz() {
    return parts.get(0).sampleRateHz();
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public List<String> featureNames() {
    List<String> names = new ArrayList<>();
    for (Encoder e : parts) {
      for (String n : e.featureNames()) {
        names.add(e.spec().name() + "/" + n);
      }
    }
    return names;
  }

  @Override
  public float[] encode(AudioClip clip) {
    float[] out = new float[dimension];
    int at = 0;
    for (Encoder e : parts) {
      float[] v = e.encode(clip);
      System.arraycopy(v, 0, out, at, v.length);
      at += v.length;
    }
    return out;
  }
}
