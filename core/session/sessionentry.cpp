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

} // namespace mixscope
