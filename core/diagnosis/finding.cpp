#include "core/diagnosis/finding.h"

#include "core/common/units.h"

#include <QCoreApplication>

namespace mixscope {

namespace {

// A switch without default: the compiler names a kind without an id.
const char* idOf(FindingKind kind) {
    switch (kind) {
    case FindingKind::Mud:
        return "mud";
    case FindingKind::Boxiness:
        return "boxiness";
    case FindingKind::Harshness:
        return "harshness";
    case FindingKind::Sibilance:
        return "sibilance";
    case FindingKind::TooBright:
        return "too_bright";
    case FindingKind::TooDark:
        return "too_dark";
    case FindingKind::SubRumble:
        return "sub_rumble";
    case FindingKind::LackOfPunch:
        return "lack_of_punch";
    case FindingKind::WideBass:
        return "wide_bass";
    case FindingKind::MonoCompatibility:
        return "mono_compatibility";
    case FindingKind::StereoImbalance:
        return "stereo_imbalance";
    case FindingKind::LowHeadroom:
        return "low_headroom";
    case FindingKind::Clipping:
        return "clipping";
    case FindingKind::DcOffset:
        return "dc_offset";
    case FindingKind::LossyExport:
        return "lossy_export";
    case FindingKind::LowBitDepth:
        return "low_bit_depth";
    case FindingKind::SilenceToTrim:
        return "silence_to_trim";
    case FindingKind::BandLimited:
        return "band_limited";
    case FindingKind::ReferenceOutlier:
        return "reference_outlier";
    }
    return nullptr;
}

} // namespace

QString findingKindId(FindingKind kind) {
    const char* id = idOf(kind);
    return id != nullptr ? QString::fromLatin1(id) : QString();
}

const std::vector<FindingKind>& allFindingKinds() {
    // The enumerators are 0, 1, 2 … without gaps: the first value without an id ends them.
    static const std::vector<FindingKind> kinds = [] {
        std::vector<FindingKind> all;
        for (int k = 0; idOf(static_cast<FindingKind>(k)) != nullptr; ++k) {
            all.push_back(static_cast<FindingKind>(k));
        }
        return all;
    }();
    return kinds;
}

FindingDomain findingDomain(FindingKind kind) {
    switch (kind) {
    case FindingKind::WideBass:
    case FindingKind::MonoCompatibility:
    case FindingKind::StereoImbalance:
        return FindingDomain::Stereo;
    case FindingKind::Mud:
    case FindingKind::Boxiness:
    case FindingKind::Harshness:
    case FindingKind::Sibilance:
    case FindingKind::TooBright:
    case FindingKind::TooDark:
    case FindingKind::SubRumble:
    case FindingKind::DcOffset:
    case FindingKind::BandLimited:
    case FindingKind::ReferenceOutlier:
        return FindingDomain::Spectrum;
    case FindingKind::LackOfPunch:
    case FindingKind::LowHeadroom:
    case FindingKind::Clipping:
    case FindingKind::LossyExport:
    case FindingKind::LowBitDepth:
    case FindingKind::SilenceToTrim:
        return FindingDomain::Dynamics;
    }
    return FindingDomain::Dynamics;
}

std::optional<FindingKind> findingKindFromId(QStringView id) {
    for (const FindingKind kind : allFindingKinds()) {
        if (id == QLatin1String(idOf(kind))) {
            return kind;
        }
    }
    return std::nullopt;
}

QString findingSeverityId(FindingSeverity severity) {
    switch (severity) {
    case FindingSeverity::Info:
        return QStringLiteral("info");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Problem:
        return QStringLiteral("problem");
    }
    return {};
}

QString findingBasisId(FindingBasis basis) {
    switch (basis) {
    case FindingBasis::References:
        return QStringLiteral("references");
    case FindingBasis::Ranges:
        return QStringLiteral("ranges");
    case FindingBasis::Absolute:
        return QStringLiteral("absolute");
    }
    return {};
}

namespace {

std::vector<Units::Stretch> stretchesOf(const std::vector<TimeRange>& times) {
    std::vector<Units::Stretch> stretches;
    for (const TimeRange& range : times) {
        stretches.push_back({range.startS, range.endS});
    }
    return stretches;
}

} // namespace

bool coversMostOfTheTrack(const std::vector<TimeRange>& times, double durationS) {
    return Units::coversMostOf(stretchesOf(times), durationS);
}

QString findingTimesText(const std::vector<TimeRange>& times, double durationS) {
    return Units::clockRanges(stretchesOf(times), durationS);
}

QString findingSeverityDisplayName(FindingSeverity severity) {
    switch (severity) {
    case FindingSeverity::Info:
        return QCoreApplication::translate("mixscope::FindingSeverity", "Info");
    case FindingSeverity::Warning:
        return QCoreApplication::translate("mixscope::FindingSeverity", "Warning");
    case FindingSeverity::Problem:
        return QCoreApplication::translate("mixscope::FindingSeverity", "Problem");
    }
    return {};
}

} // namespace mixscope
