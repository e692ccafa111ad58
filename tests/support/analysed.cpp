#include "tests/support/analysed.h"

#include "core/analysis/trackanalyzer.h"

namespace mixscope::test {

std::shared_ptr<const TrackAnalysis> analyse(const QString& path) {
    Result<TrackAnalysis> result = TrackAnalyzer::analyze(path);
    if (!result.ok()) {
        qWarning("%s: %s", qPrintable(path), qPrintable(result.error().message));
        return nullptr;
    }
    return std::make_shared<const TrackAnalysis>(std::move(result).value());
}

ComparedTrack compared(std::shared_ptr<const TrackAnalysis> analysis) {
    const QString name = ComparedTrack::titleOf(*analysis);
    return ComparedTrack{std::move(analysis), name, -1, {}};
}

} // namespace mixscope::test
