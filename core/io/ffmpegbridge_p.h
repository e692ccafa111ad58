#pragma once

// Private to core/io: the FFmpeg side of AudioDecoder. Only .cpp files of
// core/io include it; no public header names an FFmpeg type.

#include <QIODevice>
#include <QString>

#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswresample/swresample.h>
}

namespace mixscope::ffmpeg {

// Owning pointers that free what FFmpeg allocated, the FFmpeg way.
struct FormatContextDeleter {
    void operator()(AVFormatContext* context) const { avformat_close_input(&context); }
};
struct CodecContextDeleter {
    void operator()(AVCodecContext* context) const { avcodec_free_context(&context); }
};
struct FrameDeleter {
    void operator()(AVFrame* frame) const { av_frame_free(&frame); }
};
struct PacketDeleter {
    void operator()(AVPacket* packet) const { av_packet_free(&packet); }
};
struct ResamplerDeleter {
    void operator()(SwrContext* context) const { swr_free(&context); }
};
struct IoContextDeleter {
    void operator()(AVIOContext* context) const {
        if (context != nullptr) {
            av_freep(&context->buffer);
        }
        avio_context_free(&context);
    }
};

using FormatContextPtr = std::unique_ptr<AVFormatContext, FormatContextDeleter>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using ResamplerPtr = std::unique_ptr<SwrContext, ResamplerDeleter>;
using IoContextPtr = std::unique_ptr<AVIOContext, IoContextDeleter>;

/// AVIOContext callbacks that read a QIODevice (opaque): FFmpeg reads the
/// device Mixscope opened, never a path of its own.
int readFromDevice(void* opaque, uint8_t* buffer, int size);
int64_t seekDevice(void* opaque, int64_t offset, int whence);

/// A container may name other files or URLs to read (HLS and DASH playlists,
/// concat lists, QuickTime references). Mixscope reads the one file it was
/// given, so that a hostile file cannot make it read another file or a URL
/// and report on that instead: this io_open refuses them all.
int refuseNestedOpen(AVFormatContext*, AVIOContext**, const char*, int, AVDictionary**);

/// FFmpeg's words for an error code.
QString errorText(int code);

/// Mixscope reports problems itself, per file and in plain words; FFmpeg's
/// own console chatter would interleave with the CLI's output. Once per process.
void silenceLog();

} // namespace mixscope::ffmpeg
