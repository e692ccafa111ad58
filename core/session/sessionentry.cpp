#include "core/session/sessionentry.h"

namespace mixscope {

SessionEntry::SessionEntry(TrackRole fileRole, QString filePath, Result<TrackAnalysis> outcome)
    : role(fileRole)
    , path(std::move(filePath)) {
    if (outcome.ok()) {
        analysis = std::make_shared<const TrackAnalysis>(std::move(outcome).value());
    } else {
        error = outcome.error();
    }
}

SessionEntry::SessionEntry(TrackRole fileRole, QString filePath,
                           std::shared_ptr<const TrackAnalysis> analysed)
    : role(fileRole)
    , path(std::move(filePath))
    , analysis(std::move(analysed)) {}

} // namespace mixscope
