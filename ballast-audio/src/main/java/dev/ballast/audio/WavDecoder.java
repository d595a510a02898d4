package dev.ballast.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * RIFF/WAVE decoder: PCM 8 (unsigned), 16, 24 and 32-bit, IEEE float 32 and 64-bit, plain or
 * WAVE_FORMAT_EXTENSIBLE, any channel count (averaged to mono), any sample rate.
 */
public final class WavDecoder implements AudioDecoder {
  private static final int FORMAT_PCM = 1;
  private static final int FORMAT_FLOAT = 3;
  private static final int FORMAT_EXTENSIBLE = 0xFFFE;

  @Override
  public String name() {
    return "wav";
  }

  @Override
  public int priority() {
    return 0;
  }

  @Override
  public boolean accepts(Path path, byte[] header) {
    if (header.length >= 12 && header[0] == 'R' && header[1] == 'I' && header[2] == 'F'
        && header[3] == 'F' && header[8] == 'W' && header[9] == 'A' && header[10] == 'V'
        && header[11] == 'E') {
      return true;
    }
    // A file named .wav that is not RIFF/WAVE is decoded here so the error says what is wrong.
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav");
  }

  @Override
  public AudioClip decode(Path path) throws AudioDecodeException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new AudioDecodeException(path, "cannot read: " + e.getMessage(), e);
    }
    return decode(path, bytes);
  }

  /** Decodes WAV bytes; {@code path} is only used in error messages. */
  public AudioClip decode(Path path, byte[] bytes) throws AudioDecodeException {
    if (bytes.length == 0) {
      throw new AudioDecodeException(path, "empty file (0 bytes)");
    }
    if (bytes.length < 12 || !ascii(bytes, 0, "RIFF") || !ascii(bytes, 8, "WAVE")) {
      throw new AudioDecodeException(path, "not a RIFF/WAVE file (no RIFF....WAVE header)");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int pos = 12;
    int format = -1;
    int channels = 0;
    int rate = 0;
    int bits = 0;
    int blockAlign = 0;
    int dataStart = -1;
    long dataBytes = -1;
    while (pos + 8 <= bytes.length) {
      String id = new String(bytes, pos, 4, java.nio.charset.StandardCharsets.US_ASCII);
      long size = Integer.toUnsignedLong(buf.getInt(pos + 4));
      int body = pos + 8;
      if (id.equals("fmt ")) {
        if (size < 16 || body + 16 > bytes.length) {
          throw new AudioDecodeException(path, "truncated fmt chunk (" + size + " bytes)");
        }
        format = Short.toUnsignedInt(buf.getShort(body));
        channels = Short.toUnsignedInt(buf.getShort(body + 2));
        rate = buf.getInt(body + 4);
        blockAlign = Short.toUnsignedInt(buf.getShort(body + 12));
        bits = Short.toUnsignedInt(buf.getShort(body + 14));
        if (format == FORMAT_EXTENSIBLE) {
          if (size < 40 || body + 26 > bytes.length) {
            throw new AudioDecodeException(path, "WAVE_FORMAT_EXTENSIBLE fmt chunk too short");
          }
          // The sub-format GUID starts with the plain format code.
          format = Short.toUnsignedInt(buf.getShort(body + 24));
        }
      } else if (id.equals("data")) {
        dataStart = body;
        long available = bytes.length - (long) body;
        if (size == 0xFFFFFFFFL || (size == 0 && available > 0)) {
          dataBytes = available; // streaming writers leave the size open
        } else if (size > available) {
          throw new AudioDecodeException(path, "truncated: the data chunk declares " + size
              + " bytes but the file holds only " + available + " after its header");
        } else {
          dataBytes = size;
        }
        break;
      }
      pos = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
    }
    if (format < 0) {
      throw new AudioDecodeException(path, "no fmt chunk before the data (broken WAV header)");
    }
    if (dataStart < 0) {
      throw new AudioDecodeException(path, "no data chunk (truncated or broken WAV)");
    }
    if (channels <= 0) {
      throw new AudioDecodeException(path, "fmt chunk declares " + channels + " channels");
    }
    if (rate <= 0) {
      throw new AudioDecodeException(path, "fmt chunk declares sample rate " + rate + " Hz");
    }
    boolean pcm = format == FORMAT_PCM && (bits == 8 || bits == 16 || bits == 24 || bits == 32);
    boolean flt = format == FORMAT_FLOAT && (bits == 32 || bits == 64);
    if (!pcm && !flt) {
      throw new AudioDecodeException(path, "unsupported WAV encoding: format code 0x"
          + Integer.toHexString(format) + " with " + bits + " bits per sample (supported: PCM "
          + "8/16/24/32-bit, IEEE float 32/64-bit); convert the file or use the FFmpeg plug-in");
    }
    int bytesPerSample = bits / 8;
    int frameBytes = Math.max(blockAlign, bytesPerSample * channels);
    long frames = dataBytes / frameBytes;
    if (frames == 0) {
      throw new AudioDecodeException(path, "no audio samples (empty data chunk)");
    }
    if (frames > Integer.MAX_VALUE) {
      throw new AudioDecodeException(path, "too long: " + frames + " frames");
    }
    float[] mono = new float[(int) frames];
    float scale = 1f / channels;
    for (int f = 0; f < frames; f++) {
      int base = dataStart + f * frameBytes;
      double sum = 0;
      for (int c = 0; c < channels; c++) {
        int at = base + c * bytesPerSample;
        sum += flt ? readFloat(buf, at, bits) : readPcm(bytes, at, bits);
      }
      mono[f] = (float) (sum * scale);
    }
    return new AudioClip(mono, rate);
  }

  private static double readFloat(ByteBuffer buf, int at, int bits) {
    return bits == 32 ? buf.getFloat(at) : buf.getDouble(at);
  }

  private static double readPcm(byte[] b, int at, int bits) {
    switch (bits) {
      case 8:
        return ((b[at] & 0xFF) - 128) / 128.0;
      case 16:
        return (short) ((b[at] & 0xFF) | (b[at + 1] << 8)) / 32768.0;
      case 24: {
        int v = (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | (b[at + 2] << 16);
        return v / 8388608.0;
      }
      default: {
        int v = (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((b[at + 2] & 0xFF) << 16)
            | (b[at + 3] << 24);
        return v / 2147483648.0;
      }
    }
  }

  private static boolean ascii(byte[] b, int at, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (b[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
