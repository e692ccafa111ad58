#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/compare/comparison.h"

#include <QString>

#include <vector>

namespace mixscope {

/// What every rule judges: the mix, its references and their comparison.
/// References, not owned, outlive the context.
struct DiagnosisContext {
    const TrackAnalysis& mix;
    const std::vector<const TrackAnalysis*>& references;
    const Comparison& comparison;

    /// There are references to judge against (and a comparison with them).
    bool hasReferences() const {
        return !references.empty() && comparison.average.has_value() &&
               !comparison.bandCentersHz.empty();
    }

    /// "your reference “Title”" or "the average of your 3 references".
    QString againstText() const;

    /// When a reference is a version of the mix (measures::closestVersion())
    /// it is judged against alone: "your reference “Title”", and the
    /// sentence (with a leading space) that says why.
    QString versionAgainstText(std::size_t reference) const;
    QString versionText(std::size_t reference) const;
};

} // namespace mixscope
