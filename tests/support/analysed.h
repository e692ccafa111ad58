#pragma once

#include "core/session/sessionsnapshot.h"

#include <QString>

#include <memory>

namespace mixscope::test {

/// The file's analysis, or null (with a warning naming the file and why).
std::shared_ptr<const TrackAnalysis> analyse(const QString& path);

/// analysis as a snapshot's track, named as the window names it.
ComparedTrack compared(std::shared_ptr<const TrackAnalysis> analysis);

} // namespace mixscope::test
