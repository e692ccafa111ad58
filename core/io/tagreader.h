#pragma once

#include "core/io/tracktags.h"

#include <QString>

namespace mixscope {

/// Reads tags and cover art with TagLib (adaptor; no TagLib type leaves it).
class TagReader {
public:
    /// Reads what the file has. Never fails: a file without tags, or one
    /// TagLib cannot parse, gives empty fields. The file is opened read-only.
    /// Blocking; thread-safe (no shared state besides TagLib's silenced log).
    static TrackTags read(const QString& path);
};

} // namespace mixscope
