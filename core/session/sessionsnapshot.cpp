#include "core/session/sessionsnapshot.h"

#include "core/diagnosis/diagnosis.h"

#include <QFileInfo>

namespace mixscope {

QString ComparedTrack::titleOf(const TrackAnalysis& analysis) {
    return analysis.tags.title.isEmpty() ? QFileInfo(analysis.path).completeBaseName()
                                         : analysis.tags.title;
}

SessionSnapshot SessionSnapshot::make(std::optional<ComparedTrack> mix,
                                      std::vector<ComparedTrack> references,
                                      const Profiles& profiles) {
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
        snapshot.closestProfiles = ProfileDistance::rank(analysed, profiles);
    }
    return snapshot;
}

SessionSnapshot SessionSnapshot::of(const std::vector<SessionEntry>& entries,
                                    const Profiles& profiles) {
    std::optional<ComparedTrack> mix;
    std::vector<ComparedTrack> references;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const SessionEntry& entry = entries[i];
        if (!entry.ok() || (entry.role == TrackRole::Mix && mix)) {
            continue;
        }
        ComparedTrack track{entry.analysis, ComparedTrack::titleOf(*entry.analysis),
                            entry.row >= 0 ? entry.row : static_cast<int>(i), entry.profile};
        if (entry.role == TrackRole::Mix) {
            mix = std::move(track);
        } else {
            references.push_back(std::move(track));
        }
    }
    return make(std::move(mix), std::move(references), profiles);
}

} // namespace mixscope
