#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/common/analysiserror.h"
#include "core/compare/trackrole.h"

#include <QString>

#include <memory>
#include <optional>

namespace mixscope {

/// One file of a command-line session, in the order given, and what became
/// of it: its analysis (shared with the session's snapshot, never copied) or
/// the error that stopped it.
struct SessionEntry {
    SessionEntry(TrackRole fileRole, QString filePath, Result<TrackAnalysis> outcome);

    TrackRole role = TrackRole::Reference;
    QString path;
    std::shared_ptr<const TrackAnalysis> analysis; ///< null when the file failed
    std::optional<AnalysisError> error;            ///< set when the file failed

    bool ok() const { return analysis != nullptr; }
};

} // namespace mixscope
