#pragma once

#include "core/common/analysiserror.h"
#include "core/compare/trackrole.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace mixscope {

/// One file of a saved session and its role.
struct SessionTrack {
    QString path; ///< absolute once read; written relative to the session's folder
    TrackRole role = TrackRole::Reference;
};

/// A saved session: which files, their roles and the user's choices, as a
/// small JSON file (".mixscope.json"):
///
///     { "format": "mixscope-session", "format_version": 1,
///       "tracks": [ { "path": "mix.wav", "absolute_path": "/home/me/song/mix.wav",
///                     "role": "mix" }, ... ],
///       "view": "spectrum", "spectrum_resolution": "third_octave" }
///
/// Paths are stored relative to the session file's folder (so that a folder
/// of songs and its session can move together) and absolute as a fallback.
/// Analyses are not stored: opening a session analyses the files again.
/// A plain value; reading and writing are blocking file I/O, callable from
/// any thread.
struct SessionFile {
    Q_DECLARE_TR_FUNCTIONS(mixscope::SessionFile)

public:
    static constexpr int kFormatVersion = 1;

    std::vector<SessionTrack> tracks;
    QString view;               ///< id of the selected view, e.g. "overview"; may be empty
    QString spectrumResolution; ///< "third_octave" or "fine"; may be empty

    /// Reads path. A relative track path is resolved against the session
    /// file's folder; when no file is there but its absolute_path exists, that
    /// one is used (otherwise the resolved relative path, which will then
    /// fail to analyse with its own message). Unknown keys are ignored.
    /// Fails with FileNotFound, PermissionDenied / ReadFailed (cannot be
    /// read), NotAFile (a folder), DamagedData (not JSON, not a Mixscope
    /// session, or a newer format_version). Messages are user-facing
    /// sentences that name no path.
    static Result<SessionFile> read(const QString& path);

    /// Parses the bytes of a session file kept in sessionFolder (same rules).
    static Result<SessionFile> parse(const QByteArray& json, const QString& sessionFolder);

    /// Writes atomically (AtomicFile: the old file stays whole if the write
    /// fails or the process dies). Returns the error (WriteFailed, with the
    /// system's reason) or nothing on success.
    std::optional<AnalysisError> write(const QString& path) const;

    /// The JSON bytes write() would store for a session file in sessionFolder.
    QByteArray toJson(const QString& sessionFolder) const;
};

} // namespace mixscope
