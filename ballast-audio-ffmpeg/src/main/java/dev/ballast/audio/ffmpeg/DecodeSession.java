package dev.ballast.audio.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.AVDISCARD_ALL;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_DURATION_FROM_BITRATE;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_get_media_type_string;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;

import dev.ballast.audio.AudioClip;
import dev.ballast.audio.AudioDecodeException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * One decode of one file: opens it, picks the best audio stream, decodes every packet and mixes
 * to mono. Owns all native objects and frees them in {@link #close()}; never shared between
 * threads.
 */
final class DecodeSession implements AutoCloseable {
  /** A stream may end this much earlier than its header says before it counts as truncated. */
  private static final double SHORTFALL_TOLERANCE = 0.01;
  private static final double SHORTFALL_MIN_SEC = 0.05;
  private final Path path;
  private final AVFormatContext format = new AVFormatContext(null);
  private final MonoMixer mixer = new MonoMixer();
  private AVCodecContext codec;
  private AVPacket packet;
  private AVFrame frame;
  private String firstError;

  private DecodeSession(Path path) {
    this.path = path;
  }

  static AudioClip decode(Path path) throws AudioDecodeException {
    try (DecodeSession session = new DecodeSession(path)) {
      AVStream stream = session.openBestAudioStream();
      session.decodeAll(stream.index());
      return session.finish(stream);
    } catch (MonoMixer.MixException e) {
      throw new AudioDecodeException(path, e.getMessage(), e);
    }
  }

  private AVStream openBestAudioStream() throws AudioDecodeException {
    AVDictionary options = new AVDictionary(null);
    int rc;
    try (BytePointer url = fileUrl()) {
      // Local files only: a playlist or concat file must not make FFmpeg open network URLs.
      av_dict_set(options, "protocol_whitelist", "file", 0);
      rc = avformat_open_input(format, url, null, options);
    } finally {
      av_dict_free(options);
    }
    check(rc, "unsupported or broken audio: ");
    check(avformat_find_stream_info(format, (PointerPointer<?>) null),
        "unsupported or broken audio: ");
    int index =
        av_find_best_stream(format, AVMEDIA_TYPE_AUDIO, -1, -1, (PointerPointer<?>) null, 0);
    if (index < 0) {
      List<String> kinds = streamKinds();
      // av_find_best_stream skips audio streams whose header gave no sample rate or channels.
      throw fail(kinds.contains("audio")
          ? "the audio stream declares no sample rate or channels; the file is truncated or broken"
          : "no audio stream (" + (kinds.isEmpty() ? "the file holds no streams"
              : "streams found: " + String.join(", ", kinds)) + "); nothing to decode");
    }
    for (int i = 0; i < format.nb_streams(); i++) {
      if (i != index) {
        format.streams(i).discard(AVDISCARD_ALL);
      }
    }
    AVStream stream = format.streams(index);
    openCodec(stream);
    return stream;
  }

  private void openCodec(AVStream stream) throws AudioDecodeException {
    int codecId = stream.codecpar().codec_id();
    AVCodec decoder = avcodec_find_decoder(codecId);
    if (decoder == null || decoder.isNull()) {
      throw fail("no decoder for audio codec '" + codecName(codecId)
          + "' in this FFmpeg build; convert the file to WAV or FLAC");
    }
    codec = avcodec_alloc_context3(decoder);
    packet = av_packet_alloc();
    frame = av_frame_alloc();
    if (codec == null || packet == null || frame == null) {
      throw fail("out of native memory while opening the decoder");
    }
    check(avcodec_parameters_to_context(codec, stream.codecpar()), "broken codec parameters: ");
    codec.pkt_timebase(stream.time_base());
    check(avcodec_open2(codec, decoder, (PointerPointer<?>) null),
        "cannot open the '" + codecName(codecId) + "' decoder: ");
  }

  private void decodeAll(int streamIndex) throws MonoMixer.MixException {
    while (true) {
      int rc = av_read_frame(format, packet);
      if (rc < 0) {
        // A read error ends the stream as in the ffmpeg tool; finish() reports a shortfall.
        if (rc != AVERROR_EOF) {
          noteError(rc);
        }
        break;
      }
      try {
        if (packet.stream_index() == streamIndex) {
          sendAndReceive(packet);
        }
      } finally {
        av_packet_unref(packet);
      }
    }
    sendAndReceive(null); // drain the decoder
  }

  private void sendAndReceive(AVPacket input) throws MonoMixer.MixException {
    int rc = avcodec_send_packet(codec, input);
    if (rc < 0 && rc != AVERROR_EOF) {
      noteError(rc); // a corrupt packet is skipped, as the ffmpeg tool does
      return;
    }
    while (true) {
      rc = avcodec_receive_frame(codec, frame);
      if (rc == AVERROR_EAGAIN() || rc == AVERROR_EOF) {
        return;
      }
      if (rc < 0) {
        noteError(rc);
        return;
      }
      try {
        mixer.add(frame);
      } finally {
        av_frame_unref(frame);
      }
    }
  }

  private AudioClip finish(AVStream stream) throws AudioDecodeException {
    String codecName = codecName(stream.codecpar().codec_id());
    if (mixer.length() == 0) {
      throw fail("no audio decoded from the '" + codecName + "' stream: "
          + (firstError != null ? firstError : "the stream is empty"));
    }
    double decodedSec = mixer.length() / (double) mixer.rateHz();
    // Bit-rate estimates are guesses (VBR MP3 without a header), so only trust real durations.
    if (stream.duration() != AV_NOPTS_VALUE
        && format.duration_estimation_method() != AVFMT_DURATION_FROM_BITRATE) {
      double declaredSec = stream.duration() * av_q2d(stream.time_base());
      double allowedSec = Math.max(SHORTFALL_MIN_SEC, SHORTFALL_TOLERANCE * declaredSec);
      if (decodedSec < declaredSec - allowedSec) {
        throw fail(String.format(Locale.ROOT, "truncated: the '%s' stream declares %.3f s but "
            + "only %.3f s decode (%s); the file is cut short or damaged", codecName, declaredSec,
            decodedSec, firstError != null ? firstError : "the data ends early"));
      }
    }
    return new AudioClip(mixer.samples(), mixer.rateHz());
  }

  /** The media type of every stream, e.g. [video, subtitle]. */
  private List<String> streamKinds() {
    List<String> kinds = new ArrayList<>();
    for (int i = 0; i < format.nb_streams(); i++) {
      BytePointer kind = av_get_media_type_string(format.streams(i).codecpar().codec_type());
      kinds.add(kind == null || kind.isNull() ? "unknown" : kind.getString());
    }
    return kinds;
  }

  private void noteError(int rc) {
    if (firstError == null) {
      firstError = FfmpegNatives.errorText(rc);
    }
  }

  private BytePointer fileUrl() {
    // File names are bytes; encode them as the JVM does for java.io, not as UTF-16 text.
    Charset names = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    return new BytePointer("file:" + path.toAbsolutePath(), names);
  }

  private static String codecName(int codecId) {
    return avcodec_get_name(codecId).getString();
  }

  private void check(int rc, String what) throws AudioDecodeException {
    if (rc == AVERROR_EOF) {
      throw fail(what + FfmpegNatives.errorText(rc)
          + "; the file ends before any audio frame: it is truncated or not audio");
    }
    if (rc < 0) {
      throw fail(what + FfmpegNatives.errorText(rc));
    }
  }

  private AudioDecodeException fail(String cause) {
    return new AudioDecodeException(path, cause);
  }

  @Override
  public void close() {
    if (frame != null) {
      av_frame_free(frame);
    }
    if (packet != null) {
      av_packet_free(packet);
    }
    if (codec != null) {
      avcodec_free_context(codec);
    }
    if (!format.isNull()) {
      avformat_close_input(format);
    }
    mixer.close();
  }
}
