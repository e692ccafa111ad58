#include "core/diagnosis/diagnosis.h"

#include <algorithm>
#include <cmath>

namespace mixscope {

namespace {

Finding makeFinding(FindingKind kind, FindingSeverity severity, FindingBasis basis) {
    Finding finding;
    finding.kind = kind;
    finding.severity = severity;
    finding.basis = basis;
    return finding;
}

} // namespace

std::vector<Finding> Diagnosis::diagnose(const TrackAnalysis& mix,
                                         const std::vector<const TrackAnalysis*>& references,
                                         const Comparison& comparison) {
    Q_UNUSED(references);
    Q_UNUSED(comparison);
    std::vector<Finding> findings;

    const double dc =
        std::max(std::abs(mix.levels.dcOffsetPercent[0]), std::abs(mix.levels.dcOffsetPercent[1]));
    if (dc >= 0.1) {
        Finding finding = makeFinding(
            FindingKind::DcOffset, dc >= 1.0 ? FindingSeverity::Problem : FindingSeverity::Warning,
            FindingBasis::Absolute);
        finding.value = dc;
        finding.confidence = std::min(1.0, dc / 0.2);
        finding.title = tr("DC offset");
        finding.evidence = tr("The left channel sits %1 % and the right %2 % of full scale "
                              "away from zero.")
                               .arg(mix.levels.dcOffsetPercent[0], 0, 'f', 2)
                               .arg(mix.levels.dcOffsetPercent[1], 0, 'f', 2);
        finding.suggestion = tr("Put a DC-blocking or 20 Hz high-pass filter on the master bus "
                                "(or on the track that carries the offset) and export again.");
        findings.push_back(finding);
    }

    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity) {
            return a.severity > b.severity;
        }
        return a.confidence > b.confidence;
    });
    return findings;
}

} // namespace mixscope
