#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/common/analysiserror.h"

#include <QFuture>
#include <QString>

class QThreadPool;

namespace mixscope {

/// Runs TrackAnalyzer::analyze(path) on pool (the global pool when null),
/// at background priority when asked (the window does, so that playback and
/// the GUI keep the CPU they need; core/common/threadpriority.h).
/// The future reports progress from 0 to kProgressMaximum (0 while the length
/// is unknown); QFuture::cancel() stops the analysis at its next block, and the
/// future then holds no result. Once the file is open, the future's
/// progressText() holds its claimed length in seconds (e.g. "245.3"), so that
/// callers can tell long files from short ones. Callable from any thread.
class AnalysisTask {
public:
    static constexpr int kProgressMaximum = 1000;

    enum class Priority { Normal, Background };

    static QFuture<Result<TrackAnalysis>> start(const QString& path, QThreadPool* pool = nullptr,
                                                Priority priority = Priority::Normal);
};

} // namespace mixscope
