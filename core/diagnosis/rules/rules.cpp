#include "core/diagnosis/rules/rules.h"

namespace mixscope::rules {

const std::vector<Rule>& all() {
    static const std::vector<Rule> rules{
        {FindingKind::SubRumble, &subRumble},
        {FindingKind::Mud, &mud},
        {FindingKind::Boxiness, &boxiness},
        {FindingKind::Harshness, &harshness},
        {FindingKind::TooBright, &tooBright},
        {FindingKind::TooDark, &tooDark},
        {FindingKind::Sibilance, &sibilance},
        {FindingKind::WideBass, &wideBass},
        {FindingKind::MonoCompatibility, &monoCompatibility},
        {FindingKind::StereoImbalance, &stereoImbalance},
        {FindingKind::LackOfPunch, &lackOfPunch},
        {FindingKind::Clipping, &clipping},
        {FindingKind::LowHeadroom, &lowHeadroom},
        {FindingKind::DcOffset, &dcOffset},
        {FindingKind::LossyExport, &lossyExport},
        {FindingKind::LowBitDepth, &lowBitDepth},
        {FindingKind::SilenceToTrim, &silenceToTrim},
        {FindingKind::BandLimited, &bandLimited},
        {FindingKind::ReferenceOutlier, &referenceOutlier},
    };
    return rules;
}

} // namespace mixscope::rules
