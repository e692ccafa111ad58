#include "core/diagnosis/finding.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace mixscope {

namespace {

constexpr std::array<std::pair<FindingKind, const char*>, 17> kKindIds{{
    {FindingKind::Mud, "mud"},
    {FindingKind::Boxiness, "boxiness"},
    {FindingKind::Harshness, "harshness"},
    {FindingKind::Sibilance, "sibilance"},
    {FindingKind::TooBright, "too_bright"},
    {FindingKind::TooDark, "too_dark"},
    {FindingKind::SubRumble, "sub_rumble"},
    {FindingKind::LackOfPunch, "lack_of_punch"},
    {FindingKind::WideBass, "wide_bass"},
    {FindingKind::MonoCompatibility, "mono_compatibility"},
    {FindingKind::StereoImbalance, "stereo_imbalance"},
    {FindingKind::LowHeadroom, "low_headroom"},
    {FindingKind::Clipping, "clipping"},
    {FindingKind::DcOffset, "dc_offset"},
    {FindingKind::LossyExport, "lossy_export"},
    {FindingKind::LowBitDepth, "low_bit_depth"},
    {FindingKind::SilenceToTrim, "silence_to_trim"},
}};

} // namespace

QString findingKindId(FindingKind kind) {
    for (const auto& [candidate, id] : kKindIds) {
        if (candidate == kind) {
            return QString::fromLatin1(id);
        }
    }
    return {};
}

std::optional<FindingKind> findingKindFromId(QStringView id) {
    for (const auto& [kind, candidate] : kKindIds) {
        if (id == QLatin1String(candidate)) {
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
