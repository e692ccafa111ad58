#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/compare/comparison.h"
#include "core/diagnosis/finding.h"

#include <QCoreApplication>

#include <vector>

namespace mixscope {

/// Names the mixdown problems of a mix as findings (docs/findings.md has every
/// rule, its threshold and why).
///
/// With references, spectra and stereo are judged against the references'
/// average after loudness matching, and the evidence says how each reference
/// agrees; dynamics are judged so that a mix is never blamed for being quieter
/// or less limited than a master. Without references, the mix is judged
/// against documented ranges for a pre-master mix. Facts about the file
/// (clipping, DC, format) need no reference.
///
/// Pure function of its inputs: thread-safe, no I/O. Texts are translated in
/// context "mixscope::Diagnosis" into the application's current language.
class Diagnosis {
    Q_DECLARE_TR_FUNCTIONS(mixscope::Diagnosis)

public:
    /// Findings about mix, worst first (severity, then confidence).
    /// references: the analysed references in the order given; may be empty.
    /// comparison: Comparison::compare(mix, references).
    static std::vector<Finding> diagnose(const TrackAnalysis& mix,
                                         const std::vector<const TrackAnalysis*>& references,
                                         const Comparison& comparison);
};

} // namespace mixscope
