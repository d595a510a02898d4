package dev.ballast.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Reads any supported audio file with the first {@link AudioDecoder} that accepts it. */
public final class AudioReader {
  private static final int HEADER_BYTES = 64;
  private final List<AudioDecoder> decoders;

  public AudioReader(List<AudioDecoder> decoders) {
    if (decoders.isEmpty()) {
      throw new IllegalArgumentException("at least one decoder is needed");
    }
    List<AudioDecoder> sorted = new ArrayList<>(decoders);
    sorted.sort(Comparator.comparingInt(AudioDecoder::priority));
    this.decoders = List.copyOf(sorted);
  }

  /** The built-in WAV decoder plus every decoder plug-in on the class path. */
  public static AudioReader withInstalledDecoders() {
    List<AudioDecoder> found = new ArrayList<>();
    found.add(new WavDecoder());
    for (AudioDecoder d : ServiceLoader.load(AudioDecoder.class)) {
      if (!(d instanceof WavDecoder)) {
        found.add(d);
      }
    }
    return new AudioReader(found);
  }

  public List<String> decoderNames() {
    return decoders.stream().map(AudioDecoder::name).collect(Collectors.toList());
  }

  public AudioClip read(Path path) throws AudioDecodeException {
    if (!Files.isRegularFile(path)) {
      throw new AudioDecodeException(path, "no such file");
    }
    byte[] header = new byte[HEADER_BYTES];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(header, 0, HEADER_BYTES);
    } catch (IOException e) {
      throw new AudioDecodeException(path, "cannot read: " + e.getMessage(), e);
    }
    if (n == 0) {
      throw new AudioDecodeException(path, "empty file (0 bytes)");
    }
    byte[] head = java.util.Arrays.copyOf(header, n);
    for (AudioDecoder decoder : decoders) {
      if (decoder.accepts(path, head)) {
        return decoder.decode(path);
      }
    }
    throw new AudioDecodeException(
        path,
        "unsupported format (decoders tried: " + String.join(", ", decoderNames())
            + "); convert it to WAV or put the ballast-audio-ffmpeg plug-in on the class path");
  }

  /** Reads, cuts the segment if given (NaN = whole file) and converts to {@code targetRateHz}. */
  public AudioClip read(Path path, double startSec, double endSec, int targetRateHz)
      throws AudioDecodeException {
    AudioClip clip = read(path);
    if (!Double.isNaN(startSec) || !Double.isNaN(endSec)) {
      double start = Double.isNaN(startSec) ? 0 : startSec;
      double end = Double.isNaN(endSec) ? clip.durationSec() : endSec;
      try {
        clip = clip.slice(start, end);
      } catch (IllegalArgumentException e) {
        throw new AudioDecodeException(path, e.getMessage(), e);
      }
    }
    return SampleRateConverter.convert(clip, targetRateHz);
  }
}
