package dev.ballast.audio.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_CAP_SMALL_LAST_FRAME;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_CAP_VARIABLE_FRAME_SIZE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_CONFIG_SAMPLE_FORMAT;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.FF_COMPLIANCE_EXPERIMENTAL;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_supported_config;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_NOFILE;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_DEFAULT;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S32;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_get_bytes_per_sample;
import static org.bytedeco.ffmpeg.global.avutil.av_get_packed_sample_fmt;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.avutil.av_sample_fmt_is_planar;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Test fixture generator: encodes sine tones with the FFmpeg bundled in the plug-in, so tests
 * need no downloaded or checked-in audio. One {@link Tone} per output stream.
 */
final class ToneWriter {
  private ToneWriter() {}

  /**
   * A sine at {@code freqHz}; {@code amplitudes[c]} is the peak of channel c (all in phase). The
   * length is rounded up to whole encoder frames; {@link #write} returns the samples written.
   */
  record Tone(double freqHz, double[] amplitudes, int rateHz, double durationSec,
      boolean defaultStream) {
    int channels() {
      return amplitudes.length;
    }
  }

  /** Writes {@code tones} as streams of one file; returns the samples per channel of each. */
  static List<Integer> write(Path out, String muxer, String encoder, List<Tone> tones) {
    AVFormatContext oc = new AVFormatContext(null);
    check(avformat_alloc_output_context2(oc, null, muxer, out.toString()), "muxer " + muxer);
    List<AVCodecContext> contexts = new ArrayList<>();
    try {
      for (Tone tone : tones) {
        contexts.add(openStream(oc, encoder, tone));
      }
      if ((oc.oformat().flags() & AVFMT_NOFILE) == 0) {
        AVIOContext pb = new AVIOContext(null);
        check(avio_open(pb, "file:" + out.toAbsolutePath(), AVIO_FLAG_WRITE), "open " + out);
        oc.pb(pb);
      }
      check(avformat_write_header(oc, (AVDictionary) null), "write header");
      List<Integer> written = new ArrayList<>();
      for (int i = 0; i < tones.size(); i++) {
        written.add(encode(oc, i, contexts.get(i), tones.get(i)));
      }
      check(av_write_trailer(oc), "write trailer");
      return written;
    } finally {
      for (AVCodecContext ctx : contexts) {
        avcodec_free_context(ctx);
      }
      if (oc.pb() != null && !oc.pb().isNull()) {
        avio_closep(oc.pb());
      }
      avformat_free_context(oc);
    }
  }

  private static AVCodecContext openStream(AVFormatContext oc, String encoder, Tone tone) {
    AVCodec codec = avcodec_find_encoder_by_name(encoder);
    if (codec == null || codec.isNull()) {
      throw new IllegalStateException("this FFmpeg build has no encoder " + encoder);
    }
    AVStream stream = avformat_new_stream(oc, null);
    AVCodecContext ctx = avcodec_alloc_context3(codec);
    ctx.sample_rate(tone.rateHz());
    av_channel_layout_default(ctx.ch_layout(), tone.channels());
    ctx.sample_fmt(firstSampleFormat(ctx, codec));
    ctx.time_base(av_make_q(1, tone.rateHz()));
    ctx.strict_std_compliance(FF_COMPLIANCE_EXPERIMENTAL); // the native Vorbis encoder
    if ((oc.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
      ctx.flags(ctx.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
    }
    check(avcodec_open2(ctx, codec, (AVDictionary) null), "open encoder " + encoder);
    check(avcodec_parameters_from_context(stream.codecpar(), ctx), "codec parameters");
    stream.time_base(ctx.time_base());
    stream.disposition(tone.defaultStream() ? AV_DISPOSITION_DEFAULT : 0);
    return ctx;
  }

  private static int firstSampleFormat(AVCodecContext ctx, AVCodec codec) {
    PointerPointer<?> formats = new PointerPointer<>(1);
    IntPointer count = new IntPointer(1);
    check(avcodec_get_supported_config(ctx, codec, AV_CODEC_CONFIG_SAMPLE_FORMAT, 0, formats,
        count), "sample formats");
    return count.get() > 0 ? new IntPointer(formats.get(0)).get(0) : AV_SAMPLE_FMT_FLT;
  }

  private static int encode(AVFormatContext oc, int index, AVCodecContext ctx, Tone tone) {
    boolean anySize = (ctx.codec().capabilities()
        & (AV_CODEC_CAP_VARIABLE_FRAME_SIZE | AV_CODEC_CAP_SMALL_LAST_FRAME)) != 0;
    int frameSize = ctx.frame_size() > 0 ? ctx.frame_size() : 1024;
    int total = (int) Math.round(tone.durationSec() * tone.rateHz());
    if (!anySize) {
      total = (total + frameSize - 1) / frameSize * frameSize;
    }
    AVFrame frame = av_frame_alloc();
    AVPacket packet = av_packet_alloc();
    try {
      for (int start = 0; start < total; start += frameSize) {
        int n = Math.min(frameSize, total - start);
        frame.nb_samples(n);
        frame.format(ctx.sample_fmt());
        frame.sample_rate(ctx.sample_rate());
        av_channel_layout_copy(frame.ch_layout(), ctx.ch_layout());
        check(av_frame_get_buffer(frame, 0), "frame buffer");
        fill(frame, tone, start);
        frame.pts(start);
        check(avcodec_send_frame(ctx, frame), "encode");
        drain(oc, index, ctx, packet);
        av_frame_unref(frame);
      }
      check(avcodec_send_frame(ctx, null), "flush encoder");
      drain(oc, index, ctx, packet);
      return total;
    } finally {
      av_frame_free(frame);
      av_packet_free(packet);
    }
  }

  private static void drain(AVFormatContext oc, int index, AVCodecContext ctx, AVPacket packet) {
    while (true) {
      int rc = avcodec_receive_packet(ctx, packet);
      if (rc == AVERROR_EAGAIN() || rc == AVERROR_EOF) {
        return;
      }
      check(rc, "receive packet");
      packet.stream_index(index);
      av_packet_rescale_ts(packet, ctx.time_base(), oc.streams(index).time_base());
      check(av_interleaved_write_frame(oc, packet), "write packet");
    }
  }

  /** Writes the tone in S16, S32 or FLT, packed or planar: whatever the encoder asked for. */
  private static void fill(AVFrame frame, Tone tone, int start) {
    int fmt = frame.format();
    int bytes = av_get_bytes_per_sample(fmt);
    boolean planar = av_sample_fmt_is_planar(fmt) != 0;
    int packedFmt = av_get_packed_sample_fmt(fmt);
    int channels = tone.channels();
    int n = frame.nb_samples();
    for (int c = 0; c < channels; c++) {
      int plane = planar ? c : 0;
      int stride = planar ? bytes : bytes * channels;
      int offset = planar ? 0 : c * bytes;
      long planeBytes = (long) n * bytes * (planar ? 1 : channels);
      ByteBuffer buf = frame.data(plane).capacity(planeBytes).asByteBuffer()
          .order(ByteOrder.nativeOrder());
      for (int i = 0; i < n; i++) {
        double v = tone.amplitudes()[c]
            * Math.sin(2 * Math.PI * tone.freqHz() * (start + i) / tone.rateHz());
        int at = offset + i * stride;
        if (packedFmt == AV_SAMPLE_FMT_FLT) {
          buf.putFloat(at, (float) v);
        } else if (packedFmt == AV_SAMPLE_FMT_S16) {
          buf.putShort(at, (short) Math.round(v * 32767));
        } else if (packedFmt == AV_SAMPLE_FMT_S32) {
          buf.putInt(at, (int) Math.round(v * 2147483647.0));
        } else {
          throw new IllegalStateException("tone writer has no case for sample format " + fmt);
        }
      }
    }
  }

  private static void check(int rc, String what) {
    if (rc < 0) {
      throw new IllegalStateException(what + " failed: " + FfmpegNatives.errorText(rc));
    }
  }
}
