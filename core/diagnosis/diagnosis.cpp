#include "core/diagnosis/diagnosis.h"

#include "core/diagnosis/diagnosiscontext.h"
#include "core/diagnosis/rules/rules.h"

#include <algorithm>

namespace mixscope {

std::vector<Finding> Diagnosis::diagnose(const TrackAnalysis& mix,
                                         const std::vector<const TrackAnalysis*>& references,
                                         const Comparison& comparison) {
    const DiagnosisContext context{mix, references, comparison};
    std::vector<Finding> findings;
    for (const rules::Rule& rule : rules::all()) {
        if (std::optional<Finding> finding = rule.evaluate(context)) {
            findings.push_back(std::move(*finding));
        }
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
