#include "ui/sessionsnapshot.h"

#include "core/diagnosis/diagnosis.h"

#include <QFileInfo>

namespace mixscope {

QString ComparedTrack::titleOf(const TrackAnalysis& analysis) {
    return analysis.tags.title.isEmpty() ? QFileInfo(analysis.path).completeBaseName()
                                         : analysis.tags.title;
}

SessionSnapshot SessionSnapshot::make(std::optional<ComparedTrack> mix,
                                      std::vector<ComparedTrack> references) {
    SessionSnapshot snapshot;
    snapshot.mix = std::move(mix);
    snapshot.references = std::move(references);
    if (snapshot.mix) {
        std::vector<const TrackAnalysis*> analyses;
        for (const ComparedTrack& reference : snapshot.references) {
            analyses.push_back(reference.analysis.get());
        }
        const TrackAnalysis& analysed = *snapshot.mix->analysis;
        snapshot.comparison = Comparison::compare(analysed, analyses);
        snapshot.findings = Diagnosis::diagnose(analysed, analyses, snapshot.comparison);
    }
    return snapshot;
}

} // namespace mixscope
