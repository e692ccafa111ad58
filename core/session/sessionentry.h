#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/common/analysiserror.h"
#include "core/compare/trackrole.h"

#include <QString>

#include <memory>
#include <optional>

namespace mixscope {

/// One file of a session, in the order given, and what became
/// of it: its analysis (shared with the session's snapshot, never copied) or
/// the error that stopped it.
struct SessionEntry {
    SessionEntry(TrackRole fileRole, QString filePath, Result<TrackAnalysis> outcome);
    /// A file analysed elsewhere (the window's session), or not yet (null).
    SessionEntry(TrackRole fileRole, QString filePath,
                 std::shared_ptr<const TrackAnalysis> analysed);

    TrackRole role = TrackRole::Reference;
    QString path;
    std::shared_ptr<const TrackAnalysis>
        analysis;                       ///< null when the file failed (or is not analysed yet)
    std::optional<AnalysisError> error; ///< set when the file failed
    QString profile; ///< the name of the profile the track comes from; empty for a file
    int row = -1;    ///< its row in the window's track list; -1: its index in the entries

    bool ok() const { return analysis != nullptr; }
};

} // namespace mixscope
