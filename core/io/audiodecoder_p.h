#pragma once

// Private to core/io: AudioDecoder's state, shared by its opening
// (audiodecoderopen.cpp) and its decoding (audiodecoder.cpp). Names FFmpeg
// types: only .cpp files of core/io include it.

#include "core/io/audiodecoder.h"
#include "core/io/ffmpegbridge_p.h"
#include "core/io/fileidentity.h"

#include <QCoreApplication>
#include <QIODevice>

#include <memory>
#include <optional>
#include <vector>

extern "C" {
#include <libavutil/channel_layout.h>
}

namespace mixscope {

namespace decoding {

// What FFmpeg's own file protocol reads at a time.
inline constexpr int kIoBufferBytes = 32 * 1024;

// A file that keeps failing to demux or decode is given up on after this many
// errors in a row, so that no input can keep the loop busy for ever.
inline constexpr int kMaxConsecutiveErrors = 500;

// Texts for users, in the context the translations file them under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(mixscope::AudioDecoder)
};

inline AnalysisError makeError(AnalysisErrorKind kind, const QString& message) {
    return AnalysisError{kind, message};
}

} // namespace decoding

struct AudioDecoder::Impl {
    // Declared in the order they are needed: the format context, closed
    // first, reads through io, which reads source.
    std::unique_ptr<QIODevice> source;
    ffmpeg::IoContextPtr io;
    QString sourcePath;        // empty for openBytes()
    int sourceDescriptor = -1; // owned by source
    std::optional<FileIdentity> sourceIdentity;
    ffmpeg::FormatContextPtr format;
    ffmpeg::CodecContextPtr codec;
    ffmpeg::ResamplerPtr resampler;
    ffmpeg::PacketPtr packet{av_packet_alloc()};
    ffmpeg::FramePtr frame{av_frame_alloc()};
    int streamIndex = -1;
    AudioStreamInfo info;
    std::optional<AnalysisError> error;

    int resamplerInputRate = 0;
    int resamplerInputFormat = -1;
    AVChannelLayout resamplerInputLayout{};

    std::vector<float> pending; // converted stereo samples not yet handed out
    std::size_t pendingOffset = 0;
    bool demuxerDone = false;
    bool decoderDone = false;
    std::int64_t framesRead = 0;
    std::int64_t goodFrames = 0;
    std::int64_t invalidSamples = 0;
    int damagedPackets = 0;
    int consecutiveErrors = 0;

    // After a seek: decoded audio before this frame is dropped. nextFrame is
    // where the next decoded frame starts when it carries no timestamp.
    std::optional<std::int64_t> seekTarget;
    std::int64_t nextFrame = 0;
    bool seeked = false; // a seek to or past the end decodes nothing, and that is no damage

    ~Impl() { av_channel_layout_uninit(&resamplerInputLayout); }

    // Opening, step by step (openDevice()): each sets what it names, or
    // says in plain words why the file cannot be read.
    std::optional<AnalysisError> openIo(std::unique_ptr<QIODevice> device);
    std::optional<AnalysisError> openContainer(const QString& name);
    Result<const AVCodec*> findAudioStream(); ///< sets streamIndex; the decoder to use
    std::optional<AnalysisError> openCodec(const AVCodec& decoder);
    void describeStream(const AVCodec& decoder); ///< fills info

    bool configureResampler(const AVFrame& input);
    bool convert(const AVFrame& input);
    bool decodeMore();
    void fail(AnalysisErrorKind kind, const QString& message) {
        if (!error) {
            error = decoding::makeError(kind, message);
        }
    }
};

} // namespace mixscope
