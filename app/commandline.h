#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/common/analysiserror.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace mixscope::cli {

/// What the commands share: printing, and analysing files at once with
/// progress on stderr.

void printErr(const QString& text);
void printOut(const QString& text);
/// A path as the user's system writes it.
QString displayPath(const QString& path);

/// Analyses every file at once (the pool runs as many as there are cores),
/// showing progress on stderr for files of a minute or more unless quiet.
/// Blocks (an event loop turns meanwhile); the results keep the files' order.
std::vector<Result<TrackAnalysis>> analyseAll(const QStringList& paths, bool quiet);

} // namespace mixscope::cli
