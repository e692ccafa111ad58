#include "core/common/units.h"
#include "core/diagnosis/diagnosis.h"
#include "core/diagnosis/findingbuilder.h"
#include "core/diagnosis/measures.h"
#include "core/diagnosis/rules/rules.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mixscope::rules {

using namespace measures;

std::optional<Finding> wideBass(const DiagnosisContext& context) {
    const auto& stereo = context.mix.stereo;
    if (!stereo.lowEndCorrelation) {
        return std::nullopt;
    }
    // Bass below 150 Hz should be (nearly) mono: 1 is mono, 0 unrelated, -1
    // inverted. The score is minus the correlation, so that wider is worse.
    const ThresholdRow& row = thresholdsFor(FindingKind::WideBass);
    const double correlation = *stereo.lowEndCorrelation;
    double referenceCorrelation = 1.0;
    Limits limits = row.withoutReference->limits;
    if (context.hasReferences()) {
        limits = row.withReferences->limits;
        double sum = 0.0;
        int count = 0;
        for (const TrackAnalysis* reference : context.references) {
            if (reference->stereo.lowEndCorrelation) {
                sum += *reference->stereo.lowEndCorrelation;
                ++count;
            }
        }
        if (count > 0) {
            referenceCorrelation = sum / count;
        }
        // A mix as wide down low as its references is a choice, not a fault.
        if (referenceCorrelation - correlation < row.withReferences->margin) {
            return std::nullopt;
        }
    }
    if (-correlation < limits.warning) {
        return std::nullopt;
    }
    Finding finding = FindingBuilder::make(FindingKind::WideBass,
                                           context.hasReferences() ? FindingBasis::References
                                                                   : FindingBasis::Ranges,
                                           correlation, {-correlation, limits});
    finding.frequency = FrequencyRange{20.0, 150.0};
    finding.title = correlation < 0.0 ? Diagnosis::tr("Bass out of phase between the channels")
                                      : Diagnosis::tr("Wide, unstable bass");
    finding.evidence =
        context.hasReferences()
            ? Diagnosis::tr("Correlation below 150 Hz is %1 (1 is mono, -1 is inverted); in %2 "
                            "it is %3.")
                  // One call: a "%1" in a track's name must stay as it is.
                  .arg(QLocale().toString(correlation, 'f', 2), context.againstText(),
                       QLocale().toString(referenceCorrelation, 'f', 2))
            : Diagnosis::tr("Correlation below 150 Hz is %1 (1 is mono, -1 is inverted); "
                            "mixes that translate keep it above %2.")
                  .arg(Units::number(correlation, 2))
                  .arg(Units::number(-limits.warning, 1));
    finding.suggestion = Diagnosis::tr(
        "Make everything below about 120 Hz mono: a “bass mono” or mono-maker utility on the "
        "bass and kick, no stereo widener or chorus on them, and check whether one channel's "
        "polarity is flipped. In mono, on club systems and phone speakers, this bass "
        "cancels.");
    std::vector<double> weight;
    for (const auto& value : stereo.lowEndCorrelationSeries) {
        weight.push_back(value && -*value > limits.warning ? -limits.warning - *value : 0.0);
    }
    finding.times = rangesOf(weight, stereo.correlationSeriesIntervalS, 2.0, 1.0, 3);
    return finding;
}

std::optional<Finding> monoCompatibility(const DiagnosisContext& context) {
    const auto& stereo = context.mix.stereo;
    const ThresholdRow& row = thresholdsFor(FindingKind::MonoCompatibility);
    // A delayed copy between the channels (Haas): comb filtering in mono.
    const Limits copyLimits = row.withoutReference->limits;
    double referenceCopy = 0.0;
    if (context.hasReferences()) {
        for (const TrackAnalysis* reference : context.references) {
            referenceCopy =
                std::max(referenceCopy, reference->stereo.delayedCopyStrength.value_or(0.0));
        }
    }
    const double copy = stereo.delayedCopyStrength.value_or(0.0);
    const bool copyFound =
        copy >= copyLimits.warning && copy - referenceCopy >= row.withReferences->margin;
    // Overall correlation: below 0 more cancels than adds in mono.
    const bool cancels =
        stereo.correlation && *stereo.correlation < thresholds::kCancelsBelowCorrelation;
    if (!copyFound && !cancels) {
        return std::nullopt;
    }
    Finding finding;
    if (copyFound) {
        finding = FindingBuilder::make(FindingKind::MonoCompatibility, FindingBasis::Absolute, copy,
                                       {copy, copyLimits});
        if (cancels) {
            finding.severity = FindingSeverity::Problem;
        }
        finding.frequency = FrequencyRange{200.0, 10000.0};
        finding.evidence =
            Diagnosis::tr("About %1 % of the spectrum between 200 Hz and 10 kHz is the same "
                          "sound in both channels with the %2 channel %3 ms late (a Haas-style "
                          "widener). Summed to mono it comb-filters: notches every %4 Hz.")
                .arg(std::lround(100.0 * copy))
                .arg(stereo.delayedCopyMs.value_or(0.0) >= 0.0 ? Diagnosis::tr("right")
                                                               : Diagnosis::tr("left"))
                .arg(Units::number(std::fabs(stereo.delayedCopyMs.value_or(0.0)), 1))
                .arg(std::lround(1000.0 /
                                 std::max(0.1, std::fabs(stereo.delayedCopyMs.value_or(1.0)))));
        finding.suggestion = Diagnosis::tr(
            "Replace the delay-based widening with real double-tracking, a stereo reverb or a "
            "chorus, or keep the delayed side much quieter; listen in mono while you adjust.");
    } else {
        // Channels that cancel are a problem, unless every reference cancels
        // as much: then it is how this music is made, said at info.
        finding.kind = FindingKind::MonoCompatibility;
        finding.basis = FindingBasis::Absolute;
        finding.severity = FindingSeverity::Problem;
        finding.value = *stereo.correlation;
        finding.confidence = 0.9;
        finding.evidence =
            Diagnosis::tr("The channels' correlation is %1 (below 0 more cancels than adds) and "
                          "the mix loses %2 dB summed to mono.")
                .arg(Units::number(*stereo.correlation, 2))
                .arg(Units::number(stereo.monoLossDb.value_or(0.0), 1));
        finding.suggestion = Diagnosis::tr(
            "Look for a part with one channel's polarity inverted, or an extreme stereo "
            "widener, and fix it at the source; check the mix in mono.");
        if (const auto shared = measures::sharedByReferences(
                context.references, *stereo.correlation, thresholds::kSharedCorrelationTolerance,
                [](const TrackAnalysis& track) { return track.stereo.correlation; })) {
            finding.severity = FindingSeverity::Info;
            finding.evidence += QLatin1Char(' ') +
                                (context.references.size() == 1
                                     ? Diagnosis::tr("Your reference cancels as much (%1).")
                                           .arg(Units::number(shared->first, 2))
                                     : Diagnosis::tr("Your references cancel as much (%1 to %2).")
                                           .arg(Units::number(shared->first, 2))
                                           .arg(Units::number(shared->second, 2)));
        }
    }
    finding.title = Diagnosis::tr("Poor mono translation");
    std::vector<double> weight;
    for (const auto& value : stereo.correlationSeries) {
        weight.push_back(value && *value < 0.5 ? 0.5 - *value : 0.0);
    }
    finding.times = rangesOf(weight, stereo.correlationSeriesIntervalS, 2.0, 1.0, 3);
    return finding;
}

std::optional<Finding> stereoImbalance(const DiagnosisContext& context) {
    const auto& balance = context.mix.stereo.balanceDb;
    const Limits limits = thresholdsFor(FindingKind::StereoImbalance).withoutReference->limits;
    if (!balance || std::fabs(*balance) < limits.warning) {
        return std::nullopt;
    }
    Finding finding = FindingBuilder::make(FindingKind::StereoImbalance, FindingBasis::Absolute,
                                           *balance, {std::fabs(*balance), limits});
    finding.title = Diagnosis::tr("Lopsided stereo image");
    finding.evidence = *balance > 0.0
                           ? Diagnosis::tr("The left channel is %1 dB louder than the right.")
                                 .arg(Units::number(*balance, 1))
                           : Diagnosis::tr("The right channel is %1 dB louder than the left.")
                                 .arg(Units::number(-*balance, 1));
    finding.suggestion = Diagnosis::tr(
        "Check the pan of the loud parts that should sit in the middle (vocal, kick, snare, "
        "bass) and any one-sided effect return; rebalance rather than fixing it on the master.");
    // References that lean the same way by as much: how this music sounds.
    const double tolerance = std::max(limits.warning / 2.0, std::fabs(*balance) / 4.0);
    if (const auto shared = measures::sharedByReferences(
            context.references, *balance, tolerance,
            [](const TrackAnalysis& track) { return track.stereo.balanceDb; })) {
        finding.severity = FindingSeverity::Info;
        finding.evidence +=
            QLatin1Char(' ') +
            (context.references.size() == 1
                 ? Diagnosis::tr("Your reference leans the same way by as much (%1 dB).")
                       .arg(Units::number(std::fabs(shared->first), 1))
                 : Diagnosis::tr("Your references lean the same way by as much (%1 to %2 dB).")
                       .arg(Units::number(
                           std::min(std::fabs(shared->first), std::fabs(shared->second)), 1))
                       .arg(Units::number(
                           std::max(std::fabs(shared->first), std::fabs(shared->second)), 1)));
    }
    return finding;
}

} // namespace mixscope::rules
