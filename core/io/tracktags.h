#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mixscope {

/// Descriptive tags and the few format facts TagLib knows better than the codec.
struct TrackTags {
    QString title;
    QString artist;
    QString album;
    QByteArray coverArt;            ///< encoded image bytes (JPEG/PNG) as stored; empty if none
    QString coverArtMimeType;       ///< e.g. "image/jpeg"; empty if unknown
    std::optional<int> bitDepth;    ///< from the file's own header (WAV, AIFF, FLAC, ALAC)
    std::optional<int> bitrateKbps; ///< average bit rate TagLib computed
};

} // namespace mixscope
