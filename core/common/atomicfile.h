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
///
/// Reasons for failure are one translated phrase without the file's own
/// name, in plain words where the cause can be told ("the folder /a/b does
/// not exist", "it is a folder, not a file", "the folder /a/b is
/// read-only", "the existing file is read-only"), else in the system's
/// ("No space left on device", "File too large").
class AtomicFile {
public:
    /// Opens path for replacing, calls content() for the bytes (so that an
    /// unwritable destination fails before they are built), writes and
    /// commits them. Returns the reason on failure, or nothing on success.
    /// Blocking file I/O; callable from any thread.
    static std::optional<QString> write(const QString& path,
                                        const std::function<QByteArray()>& content);

    /// Takes the next piece of the content; false when it could not be
    /// written (the writer then stops).
    using Sink = std::function<bool(const QByteArray& piece)>;

    /// As write(), for content too large to hold at once: produce() hands
    /// the content to the sink piece by piece (and returns whether every
    /// piece was taken). The first failed piece ends the write with its reason.
    static std::optional<QString> writeStreamed(const QString& path,
                                                const std::function<bool(const Sink&)>& produce);

    /// Whether write() could start on path: opens it for replacing as
    /// write() does and discards it, touching nothing on disk (an existing
    /// file keeps its bytes and time stamp). Returns the reason it cannot,
    /// or nothing. For checking a destination before long work. Blocking.
    static std::optional<QString> checkWritable(const QString& path);

    /// The plain-words reason path cannot be written, given the system's
    /// (systemReason, e.g. QFileDevice::errorString()): which part of the
    /// path is missing, a folder, or read-only; systemReason when none is.
    /// For writers that stream into their own QSaveFile. Blocking (stat calls).
    static QString explainFailure(const QString& path, const QString& systemReason);
};

} // namespace mixscope
