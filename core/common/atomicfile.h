#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace mixscope {

/// Replaces a whole file atomically: the new content goes to a temporary file
/// next to it (an unnamed O_TMPFILE on Linux), is flushed to disk, and only
/// then takes the file's name. Whatever happens meanwhile — the process is
/// killed, the disk fills up, the folder is unwritable — path holds either
/// its old content or the whole new one, and no half file is left under it.
class AtomicFile {
public:
    /// Opens path for replacing, calls content() for the bytes (so that an
    /// unwritable destination fails before they are built), writes and
    /// commits them. Returns the reason on failure, in the system's words
    /// ("No such file or directory", "File too large"), or nothing on success.
    /// Blocking file I/O; callable from any thread.
    static std::optional<QString> write(const QString& path,
                                        const std::function<QByteArray()>& content);
};

} // namespace mixscope
