#include "core/io/ffmpegstream_p.h"

extern "C" {
#include <libavutil/channel_layout.h>
}

namespace mixscope::ffmpeg {

bool isLosslessCodec(AVCodecID id) {
    const AVCodecDescriptor* descriptor = avcodec_descriptor_get(id);
    return descriptor != nullptr && (descriptor->props & AV_CODEC_PROP_LOSSLESS) != 0 &&
           (descriptor->props & AV_CODEC_PROP_LOSSY) == 0;
}

std::optional<int> bitDepthOf(const AVCodecParameters& parameters) {
    if (!isLosslessCodec(parameters.codec_id)) {
        return std::nullopt;
    }
    if (parameters.bits_per_raw_sample > 0) {
        return parameters.bits_per_raw_sample;
    }
    if (const int bits = av_get_bits_per_sample(parameters.codec_id); bits > 0) {
        return bits;
    }
    return std::nullopt;
}

// FFmpeg's image demuxers ("png_pipe", "jpeg_pipe", … and "image2"): a picture, not a recording.
bool isImageFormat(const AVInputFormat& format) {
    const QByteArray name(format.name);
    return name.endsWith("_pipe") || name == "image2";
}

const AVStream* firstAudioStream(const AVFormatContext& format) {
    for (unsigned i = 0; i < format.nb_streams; ++i) {
        if (format.streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO) {
            return format.streams[i];
        }
    }
    return nullptr;
}

QString describeLayout(const AVChannelLayout& layout) {
    // A WAV without a speaker mask says "2 channels"; name it as it will be played.
    AVChannelLayout named{};
    if (layout.order == AV_CHANNEL_ORDER_UNSPEC) {
        av_channel_layout_default(&named, layout.nb_channels);
    } else {
        av_channel_layout_copy(&named, &layout);
    }
    char buffer[128] = {};
    const int written = av_channel_layout_describe(&named, buffer, sizeof buffer);
    av_channel_layout_uninit(&named);
    return written < 0 ? QString::number(layout.nb_channels) : QString::fromUtf8(buffer);
}

// Where each input channel plays (ChannelFold folds them to stereo); a layout
// without named channels (a WAV without a speaker mask) as FFmpeg's default
// for its channel count.
std::vector<Speaker> speakersOf(const AVChannelLayout& inputLayout) {
    AVChannelLayout layout{};
    if (inputLayout.order == AV_CHANNEL_ORDER_UNSPEC) {
        av_channel_layout_default(&layout, inputLayout.nb_channels);
    } else {
        av_channel_layout_copy(&layout, &inputLayout);
    }
    std::vector<Speaker> speakers;
    for (int in = 0; in < inputLayout.nb_channels; ++in) {
        switch (av_channel_layout_channel_from_index(&layout, static_cast<unsigned>(in))) {
        case AV_CHAN_FRONT_LEFT:
        case AV_CHAN_STEREO_LEFT:
        case AV_CHAN_FRONT_LEFT_OF_CENTER:
        case AV_CHAN_WIDE_LEFT:
            speakers.push_back(Speaker::FrontLeft);
            break;
        case AV_CHAN_FRONT_RIGHT:
        case AV_CHAN_STEREO_RIGHT:
        case AV_CHAN_FRONT_RIGHT_OF_CENTER:
        case AV_CHAN_WIDE_RIGHT:
            speakers.push_back(Speaker::FrontRight);
            break;
        case AV_CHAN_FRONT_CENTER:
        case AV_CHAN_TOP_CENTER:
        case AV_CHAN_TOP_FRONT_CENTER:
            speakers.push_back(Speaker::FrontCentre);
            break;
        case AV_CHAN_SIDE_LEFT:
        case AV_CHAN_BACK_LEFT:
        case AV_CHAN_SURROUND_DIRECT_LEFT:
        case AV_CHAN_TOP_FRONT_LEFT:
        case AV_CHAN_TOP_BACK_LEFT:
            speakers.push_back(Speaker::SurroundLeft);
            break;
        case AV_CHAN_SIDE_RIGHT:
        case AV_CHAN_BACK_RIGHT:
        case AV_CHAN_SURROUND_DIRECT_RIGHT:
        case AV_CHAN_TOP_FRONT_RIGHT:
        case AV_CHAN_TOP_BACK_RIGHT:
            speakers.push_back(Speaker::SurroundRight);
            break;
        case AV_CHAN_LOW_FREQUENCY:
        case AV_CHAN_LOW_FREQUENCY_2:
            speakers.push_back(Speaker::LowFrequency);
            break;
        default:
            speakers.push_back(Speaker::Other);
            break;
        }
    }
    av_channel_layout_uninit(&layout);
    return speakers;
}

AudioStreamInfo describe(const AVFormatContext& format, const AVStream& stream,
                         const AVCodec& decoder, AVSampleFormat decodedFormat) {
    const AVCodecParameters& parameters = *stream.codecpar;
    AudioStreamInfo info;
    info.container = QString::fromUtf8(format.iformat->name);
    info.codec = QString::fromUtf8(decoder.name);
    info.codecDescription = QString::fromUtf8(decoder.long_name ? decoder.long_name : decoder.name);
    info.lossless = isLosslessCodec(parameters.codec_id);
    info.sampleRateHz = parameters.sample_rate;
    info.channels = parameters.ch_layout.nb_channels;
    info.channelLayout = describeLayout(parameters.ch_layout);
    info.bitDepth = bitDepthOf(parameters);
    const AVSampleFormat sampleFormat = av_get_packed_sample_fmt(decodedFormat);
    info.floatingPoint = sampleFormat == AV_SAMPLE_FMT_FLT || sampleFormat == AV_SAMPLE_FMT_DBL;
    const std::int64_t bitRate = format.bit_rate > 0 ? format.bit_rate : parameters.bit_rate;
    if (bitRate > 0) {
        info.bitrateKbps = static_cast<int>((bitRate + 500) / 1000);
    }
    if (stream.duration > 0 && stream.time_base.den > 0) {
        info.claimedDurationS = static_cast<double>(stream.duration) * av_q2d(stream.time_base);
    } else if (format.duration > 0) {
        info.claimedDurationS = static_cast<double>(format.duration) / AV_TIME_BASE;
    }
    return info;
}

} // namespace mixscope::ffmpeg
