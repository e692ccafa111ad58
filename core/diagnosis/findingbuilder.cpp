#include "core/diagnosis/findingbuilder.h"

#include "core/common/units.h"
#include "core/diagnosis/diagnosis.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mixscope {

Finding FindingBuilder::make(FindingKind kind, FindingBasis basis, double value,
                             const Judgement& judgement) {
    Finding finding;
    finding.kind = kind;
    finding.basis = basis;
    finding.value = value;
    finding.severity = severityFor(judgement.score, judgement.limits);
    const double confidence =
        confidenceFrom(judgement.score, judgement.limits.warning,
                       judgement.strongAt.value_or(judgement.limits.problem), judgement.agreement);
    finding.confidence =
        judgement.confidenceScale == 1.0 ? confidence : judgement.confidenceScale * confidence;
    return finding;
}

double FindingBuilder::confidenceFrom(double value, double threshold, double strongValue,
                                      double agreement) {
    const double margin =
        std::clamp((value - threshold) / std::max(1e-9, strongValue - threshold), 0.0, 1.0);
    return std::clamp((0.55 + 0.45 * margin) * agreement, 0.0, 1.0);
}

FindingSeverity FindingBuilder::severityFor(double value, const Limits& limits) {
    return value >= limits.problem
               ? FindingSeverity::Problem
               : (value >= limits.warning ? FindingSeverity::Warning : FindingSeverity::Info);
}

bool FindingBuilder::judgeAcrossReferences(Finding& finding,
                                           const std::vector<double>& signedPerReference,
                                           const std::vector<double>& scorePerReference,
                                           const Limits& limits) {
    if (signedPerReference.size() >= 2 &&
        *std::min_element(signedPerReference.begin(), signedPerReference.end()) <= 0.0) {
        return false;
    }
    if (scorePerReference.size() < 2) {
        return true;
    }
    const auto past = std::count_if(scorePerReference.begin(), scorePerReference.end(),
                                    [&](double v) { return v >= limits.warning; });
    if (finding.severity == FindingSeverity::Problem && past < 2) {
        finding.severity = FindingSeverity::Warning;
    }
    return true;
}

double FindingBuilder::agreementOf(const std::vector<double>& perReference, double threshold) {
    if (perReference.empty()) {
        return 1.0;
    }
    const auto agreeing = std::count_if(perReference.begin(), perReference.end(),
                                        [&](double v) { return v >= threshold; });
    return 0.5 + 0.5 * static_cast<double>(agreeing) / static_cast<double>(perReference.size());
}

QString FindingBuilder::amountRange(double excessDb) {
    const auto largest = static_cast<int>(thresholds::kLargestMoveDb);
    const int high =
        std::clamp(static_cast<int>(std::lround(std::fabs(excessDb) * 0.8)), 2, largest);
    const int low =
        std::clamp(static_cast<int>(std::lround(std::fabs(excessDb) * 0.5)), 1, high - 1);
    return Diagnosis::tr("%1–%2 dB").arg(low).arg(high);
}

bool FindingBuilder::beyondOneMove(double excessDb) {
    return std::fabs(excessDb) * 0.8 > thresholds::kLargestMoveDb;
}

QString FindingBuilder::shapeSpreadText(double excessDb, double scoreDb, double shapeSpreadDb) {
    if (std::fabs(excessDb - scoreDb) < 0.5) {
        return {};
    }
    return QLatin1Char(' ') +
           Diagnosis::tr("The tracks differ by about %1 dB from band to band elsewhere too, so "
                         "this counts as %2 dB.")
               .arg(QLocale().toString(shapeSpreadDb, 'f', 1), Units::signedDb(scoreDb));
}

QString FindingBuilder::perReferenceText(const std::vector<double>& perReference) {
    if (perReference.size() < 2) {
        return {};
    }
    const auto [low, high] = std::minmax_element(perReference.begin(), perReference.end());
    return Diagnosis::tr(" (%1 to %2 dB against each)")
        .arg(Units::signedDb(*low), Units::signedDb(*high));
}

} // namespace mixscope
