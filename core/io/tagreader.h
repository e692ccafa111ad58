#pragma once

#include "core/io/tracktags.h"

#include <QByteArray>
#include <QString>

namespace mixscope {

/// Reads tags and cover art with TagLib (adaptor; no TagLib type leaves it).
class TagReader {
public:
    /// Reads what the file has. Never fails: a file without tags, or one
    /// TagLib cannot parse, gives empty fields. The file is opened read-only.
    /// Blocking; thread-safe (no shared state besides TagLib's silenced log).
    static TrackTags read(const QString& path);

    /// The same for a whole file held in memory (copied into TagLib's stream).
    static TrackTags readBytes(const QByteArray& bytes);
};

} // namespace mixscope
