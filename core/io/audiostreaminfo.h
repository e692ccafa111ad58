#pragma once

#include <QString>

#include <optional>

namespace mixscope {

/// What the container and codec say about an audio stream, before decoding.
struct AudioStreamInfo {
    QString container; ///< FFmpeg demuxer name, e.g. "wav", "flac", "mov,mp4,m4a,3gp,3g2,mj2"
    QString codec;     ///< FFmpeg codec name, e.g. "pcm_s24le", "flac", "aac"
    QString
        codecDescription;  ///< human-readable codec name, e.g. "FLAC (Free Lossless Audio Codec)"
    bool lossless = false; ///< PCM, FLAC, ALAC, WavPack …
    int sampleRateHz = 0;
    int channels = 0;            ///< channels in the file (before any downmix)
    QString channelLayout;       ///< e.g. "mono", "stereo", "5.1(side)"
    std::optional<int> bitDepth; ///< bits per sample of lossless/PCM codecs; empty for lossy codecs
    /// The decoder delivers floating-point samples (float WAV, and lossy
    /// codecs, which decode to float); false for fixed point (16/24-bit PCM,
    /// FLAC, ALAC, WavPack).
    bool floatingPoint = false;
    std::optional<int> bitrateKbps; ///< overall bit rate if the container states it
    std::optional<double>
        claimedDurationS; ///< what the container claims; may be wrong for damaged files

    bool isDownmixed() const { return channels > 2; }

    /// The format in plain words, as people call it: "WAV", "AIFF", "FLAC",
    /// "MP3", "AAC", "Ogg Vorbis", "Opus", "ALAC", "WavPack"; otherwise the
    /// codec's own short name.
    QString formatName() const;
};

} // namespace mixscope
