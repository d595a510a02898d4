package dev.ballast.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes mono or interleaved multi-channel WAV files in the encodings {@link WavDecoder} reads. */
public final class WavWriter {

  /** Sample encodings: PCM with 8/16/24/32 bits, IEEE float with 32/64 bits. */
  public enum Encoding {
    PCM_8(1, 8), PCM_16(1, 16), PCM_24(1, 24), PCM_32(1, 32), FLOAT_32(3, 32), FLOAT_64(3, 64);

    final int formatCode;
    final int bits;

    Encoding(int formatCode, int bits) {
      this.formatCode = formatCode;
      this.bits = bits;
    }
  }

  private WavWriter() {}

  /** Writes a mono 16-bit PCM file. */
  public static void write(Path path, AudioClip clip) throws IOException {
    Files.write(path, encode(new float[][] {clip.samples()}, clip.sampleRateHz(), Encoding.PCM_16,
        false));
  }

  /**
   * Encodes {@code float[channel][frame]} samples in [-1, 1) as WAV bytes.
   *
   * @param extensible write a WAVE_FORMAT_EXTENSIBLE header instead of the plain one
   */
  public static byte[] encode(float[][] channels, int sampleRateHz, Encoding encoding,
      boolean extensible) {
    int nch = channels.length;
    int frames = channels[0].length;
    int bytesPerSample = encoding.bits / 8;
    int blockAlign = nch * bytesPerSample;
    int fmtSize = extensible ? 40 : 16;
    int dataSize = frames * blockAlign;
    ByteBuffer b = ByteBuffer.allocate(12 + 8 + fmtSize + 8 + dataSize)
        .order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    b.putInt(4 + 8 + fmtSize + 8 + dataSize);
    b.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    b.putInt(fmtSize);
    b.putShort((short) (extensible ? 0xFFFE : encoding.formatCode));
    b.putShort((short) nch);
    b.putInt(sampleRateHz);
    b.putInt(sampleRateHz * blockAlign);
    b.putShort((short) blockAlign);
    b.putShort((short) encoding.bits);
    if (extensible) {
      b.putShort((short) 22);
      b.putShort((short) encoding.bits);
      b.putInt(nch == 1 ? 4 : 3); // channel mask: centre, or front left + right
      b.putShort((short) encoding.formatCode);
      // Rest of the KSDATAFORMAT_SUBTYPE GUID: 0000-0010-8000-00aa00389b71
      b.put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38,
          (byte) 0x9B, 0x71});
    }
    b.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    b.putInt(dataSize);
    for (int f = 0; f < frames; f++) {
      for (float[] ch : channels) {
        double v = Math.max(-1.0, Math.min(1.0, ch[f]));
        switch (encoding) {
          case PCM_8:
            b.put((byte) (clamp(Math.round(v * 128), -128, 127) + 128));
            break;
          case PCM_16:
            b.putShort((short) clamp(Math.round(v * 32768), -32768, 32767));
            break;
          case PCM_24: {
            long q = clamp(Math.round(v * 8388608), -8388608, 8388607);
            b.put((byte) q).put((byte) (q >> 8)).put((byte) (q >> 16));
            break;
          }
          case PCM_32:
            b.putInt((int) clamp(Math.round(v * 2147483648.0), Integer.MIN_VALUE,
                Integer.MAX_VALUE));
            break;
          case FLOAT_32:
            b.putFloat(ch[f]);
            break;
          default:
            b.putDouble(ch[f]);
        }
      }
    }
    return b.array();
  }

  private static long clamp(long v, long lo, long hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
