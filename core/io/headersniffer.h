#pragma once

#include "core/common/analysiserror.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <cstdint>
#include <optional>

namespace mixscope {

/// What a file's first bytes and its WAV or AIFF header say, read on the
/// side of the device FFmpeg reads through: each function puts the device's
/// position back. For the decoder's plain-word errors where FFmpeg only says
/// "invalid data". No FFmpeg here.
class HeaderSniffer {
    Q_DECLARE_TR_FUNCTIONS(mixscope::AudioDecoder)

public:
    /// True when the file starts like a container Mixscope reads, so that a
    /// file FFmpeg then rejects is damaged rather than "not audio".
    static bool startsLikeAudio(QIODevice& device);

    /// The size of the data chunk a RIFF/WAVE header states, in bytes. FFmpeg
    /// ignores a size that runs past the end of the file and estimates the
    /// length from the file size instead, so a truncated WAV would otherwise
    /// look whole.
    static std::optional<std::uint32_t> wavDataChunkBytes(QIODevice& file);

    /// FFmpeg refuses a WAV or AIFF header with an impossible channel count
    /// or sample rate as unreadable; the header's own figures say more
    /// precisely what is wrong with it (UnsupportedFormat).
    static std::optional<AnalysisError> implausibleHeader(QIODevice& file);

    /// "it claims 300 audio channels (Mixscope reads 1 to 32)".
    static QString channelCountMessage(qint64 channels);
    /// "its sample rate of 1 Hz is outside what Mixscope reads (…)".
    static QString sampleRateMessage(double rateHz);
};

} // namespace mixscope
