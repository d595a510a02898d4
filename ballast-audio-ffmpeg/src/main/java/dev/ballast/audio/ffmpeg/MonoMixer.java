package dev.ballast.audio.ffmpeg;

import static org.bytedeco.ffmpeg.global.avutil.AVERROR_INPUT_CHANGED;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_OUTPUT_CHANGED;
import static org.bytedeco.ffmpeg.global.avutil.AV_CHANNEL_ORDER_NATIVE;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_uninit;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.swresample.swr_alloc;
import static org.bytedeco.ffmpeg.global.swresample.swr_config_frame;
import static org.bytedeco.ffmpeg.global.swresample.swr_convert_frame;
import static org.bytedeco.ffmpeg.global.swresample.swr_free;
import static org.bytedeco.ffmpeg.global.swresample.swr_init;

import java.util.Arrays;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.FloatPointer;

/**
 * Converts decoded frames to packed float with swresample, keeping every channel and the sample
 * rate (no FFmpeg rematrixing, which would scale a stereo downmix by 0.707), then averages the
 * channels into a growing mono buffer. Not thread-safe: one per decode.
 */
final class MonoMixer implements AutoCloseable {
  private static final int MAX_SAMPLES = Integer.MAX_VALUE - 8;
  private final AVFrame packed = av_frame_alloc();
  private SwrContext swr = new SwrContext(null);
  private float[] interleaved = new float[0];
  private float[] mono = new float[1 << 16];
  private int length;
  private int rateHz;

  /** Appends one decoded frame; throws {@link MixException} if the stream cannot be mixed. */
  void add(AVFrame frame) throws MixException {
    if (packed == null) {
      throw new MixException("out of native memory for an audio frame");
    }
    plainLayout(frame.ch_layout());
    if (rateHz == 0) {
      if (frame.sample_rate() <= 0) {
        throw new MixException("the decoder reports sample rate " + frame.sample_rate()
            + " Hz; the stream header is broken");
      }
      rateHz = frame.sample_rate();
      configure(frame);
    } else if (frame.sample_rate() != rateHz) {
      throw new MixException("the sample rate changes mid-stream from " + rateHz + " Hz to "
          + frame.sample_rate() + " Hz; convert the file to one rate first");
    }
    int rc = convert(frame);
    if (isConfigChange(rc)) { // channel layout or sample format changed: same rate
      configure(frame);
      rc = convert(frame);
    }
    if (rc < 0) {
      throw new MixException("cannot convert samples to float: " + FfmpegNatives.errorText(rc));
    }
  }

  int rateHz() {
    return rateHz;
  }

  /** The mono samples mixed so far, a copy of exactly the decoded length. */
  float[] samples() {
    return Arrays.copyOf(mono, length);
  }

  int length() {
    return length;
  }

  /** Channel identity does not matter for averaging; a plain layout keeps swresample unmixed. */
  private static void plainLayout(AVChannelLayout layout) {
    if (layout.order() != AV_CHANNEL_ORDER_NATIVE) {
      int channels = layout.nb_channels();
      av_channel_layout_uninit(layout);
      av_channel_layout_default(layout, channels);
    }
  }

  private static boolean isConfigChange(int rc) {
    int both = AVERROR_INPUT_CHANGED | AVERROR_OUTPUT_CHANGED;
    return rc == AVERROR_INPUT_CHANGED || rc == AVERROR_OUTPUT_CHANGED || rc == both;
  }

  private void configure(AVFrame frame) throws MixException {
    swr_free(swr);
    swr = swr_alloc();
    setOutput(frame);
    int rc = swr_config_frame(swr, packed, frame);
    if (rc >= 0) {
      rc = swr_init(swr);
    }
    av_frame_unref(packed);
    if (rc < 0) {
      throw new MixException("cannot set up float conversion for " + frame.ch_layout().nb_channels()
          + " channels: " + FfmpegNatives.errorText(rc));
    }
  }

  private int convert(AVFrame frame) throws MixException {
    setOutput(frame);
    try {
      int rc = swr_convert_frame(swr, packed, frame);
      if (rc >= 0) {
        append(packed.nb_samples(), packed.ch_layout().nb_channels());
      }
      return rc;
    } finally {
      av_frame_unref(packed);
    }
  }

  private void setOutput(AVFrame frame) {
    av_channel_layout_copy(packed.ch_layout(), frame.ch_layout());
    packed.sample_rate(frame.sample_rate());
    packed.format(AV_SAMPLE_FMT_FLT);
  }

  private void append(int frames, int channels) throws MixException {
    if (frames <= 0) {
      return;
    }
    if (frames > MAX_SAMPLES - length) {
      throw new MixException("too long: more than " + MAX_SAMPLES + " samples; split the file");
    }
    int values = frames * channels;
    if (interleaved.length < values) {
      interleaved = new float[values];
    }
    new FloatPointer(packed.data(0)).get(interleaved, 0, values);
    if (mono.length - length < frames) {
      mono = Arrays.copyOf(mono, (int) Math.min(MAX_SAMPLES, Math.max(
          (long) mono.length * 2, (long) length + frames)));
    }
    // Same arithmetic as WavDecoder, so both decoders give identical samples for the same PCM.
    float scale = 1f / channels;
    for (int f = 0; f < frames; f++) {
      double sum = 0;
      for (int c = 0; c < channels; c++) {
        sum += interleaved[f * channels + c];
      }
      mono[length++] = (float) (sum * scale);
    }
  }

  @Override
  public void close() {
    swr_free(swr);
    if (packed != null) {
      av_frame_free(packed);
    }
  }

  /** A stream that decodes but cannot be turned into one mono clip. */
  static final class MixException extends Exception {
    private static final long serialVersionUID = 1L;

    MixException(String message) {
      super(message);
    }
  }
}
