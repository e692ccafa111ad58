#pragma once

// Private to core/io: what FFmpeg says about a stream, in Mixscope's terms
// (codec facts, the channel layout's name, where each channel plays). Only
// .cpp files of core/io include it; no public header names an FFmpeg type.

#include "core/io/audiostreaminfo.h"
#include "core/io/channelfold.h"
#include "core/io/ffmpegbridge_p.h"

#include <QString>

#include <optional>
#include <vector>

namespace mixscope::ffmpeg {

/// Lossless and not lossy, by FFmpeg's codec descriptor.
bool isLosslessCodec(AVCodecID id);
/// The bit depth of a lossless stream; empty for lossy codecs and when unknown.
std::optional<int> bitDepthOf(const AVCodecParameters& parameters);
/// FFmpeg's image demuxers ("png_pipe", "jpeg_pipe", … and "image2"): a
/// picture, not a recording.
bool isImageFormat(const AVInputFormat& format);
/// The first audio stream, or null.
const AVStream* firstAudioStream(const AVFormatContext& format);
/// The layout as FFmpeg names it ("stereo", "5.1(side)"); a layout without
/// named channels as FFmpeg's default for its count.
QString describeLayout(const AVChannelLayout& layout);
/// Where each input channel plays (ChannelFold folds them to stereo); a
/// layout without named channels as FFmpeg's default for its channel count.
std::vector<Speaker> speakersOf(const AVChannelLayout& layout);
/// The stream's facts for AudioStreamInfo, as its container and codec state
/// them (the claimed duration before any header is read on the side).
AudioStreamInfo describe(const AVFormatContext& format, const AVStream& stream,
                         const AVCodec& decoder, AVSampleFormat decodedFormat);

} // namespace mixscope::ffmpeg
