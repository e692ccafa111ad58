#pragma once

#include "core/diagnosis/diagnosiscontext.h"
#include "core/diagnosis/finding.h"

#include <optional>
#include <vector>

namespace mixscope::rules {

/// A rule judges one finding kind: its finding about the mix, or nothing.
using Evaluate = std::optional<Finding> (*)(const DiagnosisContext& context);

struct Rule {
    FindingKind kind;
    Evaluate evaluate;
};

/// Every rule, one per finding kind, in the order their findings are listed
/// before Diagnosis sorts them (the order breaks ties of severity and
/// confidence).
const std::vector<Rule>& all();

// Spectral balance (spectralrules.cpp): a region against the references, or
// against the mix's own spectral trend without one.
std::optional<Finding> subRumble(const DiagnosisContext& context);
std::optional<Finding> mud(const DiagnosisContext& context);
std::optional<Finding> boxiness(const DiagnosisContext& context);
std::optional<Finding> harshness(const DiagnosisContext& context);
std::optional<Finding> tooBright(const DiagnosisContext& context);
std::optional<Finding> tooDark(const DiagnosisContext& context);
// A reference far from the others in a spectral region (spectralrules.cpp).
std::optional<Finding> referenceOutlier(const DiagnosisContext& context);
// Bursts of 5–10 kHz over time (sibilancerule.cpp).
std::optional<Finding> sibilance(const DiagnosisContext& context);
// The stereo field (stereorules.cpp).
std::optional<Finding> wideBass(const DiagnosisContext& context);
std::optional<Finding> monoCompatibility(const DiagnosisContext& context);
std::optional<Finding> stereoImbalance(const DiagnosisContext& context);
// Dynamics (dynamicsrules.cpp).
std::optional<Finding> lackOfPunch(const DiagnosisContext& context);
// Levels (levelrules.cpp).
std::optional<Finding> clipping(const DiagnosisContext& context);
std::optional<Finding> lowHeadroom(const DiagnosisContext& context);
std::optional<Finding> dcOffset(const DiagnosisContext& context);
// The file (filerules.cpp).
std::optional<Finding> lossyExport(const DiagnosisContext& context);
std::optional<Finding> lowBitDepth(const DiagnosisContext& context);
std::optional<Finding> silenceToTrim(const DiagnosisContext& context);
std::optional<Finding> bandLimited(const DiagnosisContext& context);

} // namespace mixscope::rules
