#include "core/common/units.h"
#include "core/diagnosis/diagnosis.h"
#include "core/diagnosis/findingbuilder.h"
#include "core/diagnosis/measures.h"
#include "core/diagnosis/rules/rules.h"

#include <cmath>
#include <numeric>

namespace mixscope::rules {

namespace {

using namespace measures;

constexpr double kSibilantLowHz = 5000.0;
constexpr double kSibilantHighHz = 10000.0;

struct SibilanceProfile {
    /// The loud bursts of 5–10 kHz (99th percentile of its level, hop by hop)
    /// against the 1–4 kHz presence band's usual level (its median), dB.
    double peakShareDb = 0.0;
    /// How far those bursts rise over the 5–10 kHz band's own median, dB: a
    /// top end that is brighter throughout raises both, a sibilant only the
    /// bursts.
    double spreadDb = 0.0;
    std::vector<double> levelDb; ///< the 5–10 kHz level per STFT hop (NaN where silent)
    double peakLevelDb = 0.0;    ///< its 99th percentile
};

// The 5–10 kHz band hop by hop (46 ms at 44.1 kHz: a sibilant is 50–200 ms
// long, and a 0.25 s frame averaged it with the vowels around it). A track
// from a profile keeps the summary alone, which is all a reference needs.
std::optional<SibilanceProfile> sibilanceProfile(const TrackAnalysis& track) {
    const auto summary = hopSummary(track.spectrum);
    if (!summary) {
        return std::nullopt;
    }
    SibilanceProfile profile;
    profile.levelDb.reserve(track.spectrum.sibilantHopSeriesDb.size());
    for (const auto& level : track.spectrum.sibilantHopSeriesDb) {
        profile.levelDb.push_back(level ? *level : std::nan(""));
    }
    profile.peakLevelDb = summary->sibilantPeakDb;
    profile.peakShareDb = summary->sibilantPeakDb - summary->presenceMedianDb;
    profile.spreadDb = summary->sibilantPeakDb - summary->sibilantMedianDb;
    return profile;
}

} // namespace

std::optional<Finding> sibilance(const DiagnosisContext& context) {
    const auto mix = sibilanceProfile(context.mix);
    if (!mix) {
        return std::nullopt;
    }
    const ThresholdRow& row = thresholdsFor(FindingKind::Sibilance);
    Finding finding;
    if (context.hasReferences()) {
        // Against a version of the mix, that version alone; otherwise all.
        const auto& comparison = context.comparison;
        const auto shapeSpreads =
            referenceShapeSpreads(comparison, kSibilantLowHz, kSibilantHighHz);
        const auto version = closestVersion(shapeSpreads);
        std::vector<double> perReference;
        double referenceSpread = 0.0;
        for (std::size_t r = 0; r < context.references.size(); ++r) {
            if (version && r != *version) {
                continue;
            }
            if (const auto profile = sibilanceProfile(*context.references[r])) {
                perReference.push_back(mix->peakShareDb - profile->peakShareDb);
                referenceSpread += profile->spreadDb;
            }
        }
        if (perReference.empty()) {
            return std::nullopt;
        }
        double excess = std::accumulate(perReference.begin(), perReference.end(), 0.0) /
                        static_cast<double>(perReference.size());
        // Peaks that rise with the whole top end are brightness, not sibilance:
        // the bursts must also stand out from the mix's own median more than
        // the references' do.
        referenceSpread /= static_cast<double>(perReference.size());
        excess = std::min(excess, mix->spreadDb - referenceSpread);
        // Against another song the bursts differ anyway: count only what
        // stands out beyond how different the tracks are below 2.5 kHz.
        const double shapeSpreadDb =
            (version ? shapeSpreads[*version]
                     : shapeSpread(comparison.average->spectrumDeltaDb, comparison.bandCentersHz,
                                   kSibilantLowHz, kSibilantHighHz))
                .value_or(0.0);
        const double score =
            netOfShapeSpread(excess, shapeSpreadDb, thresholds::kShapeSpreadFactor);
        const Limits limits = row.withReferences->limits;
        if (score < limits.warning) {
            return std::nullopt;
        }
        finding = FindingBuilder::make(
            FindingKind::Sibilance, FindingBasis::References, excess,
            {score, limits,
             FindingBuilder::agreementOf(perReference,
                                         limits.warning * thresholds::kAgreementShareOfWarning)});
        if (version && finding.severity == FindingSeverity::Problem) {
            finding.severity = FindingSeverity::Warning; // one reference is no consensus
        }
        finding.evidence =
            Diagnosis::tr("Short bursts at 5–10 kHz rise %1 dB further above the 1–4 kHz presence "
                          "band than in %2%3.")
                .arg(Units::signedDb(excess),
                     version ? context.versionAgainstText(*version) : context.againstText(),
                     FindingBuilder::perReferenceText(perReference)) +
            FindingBuilder::shapeSpreadText(excess, score, shapeSpreadDb) +
            (version ? context.versionText(*version) : QString());
    } else {
        const double excess = mix->spreadDb;
        const Limits limits = row.withoutReference->limits;
        if (excess < limits.warning) {
            return std::nullopt;
        }
        finding = FindingBuilder::make(FindingKind::Sibilance, FindingBasis::Ranges, excess,
                                       {excess, limits, 1.0, thresholds::kNoReferenceConfidence});
        finding.evidence =
            Diagnosis::tr("Short bursts at 5–10 kHz jump %1 dB above the band's usual level; in "
                          "released music of every style they stay within %2 dB.")
                .arg(Units::number(excess, 1))
                .arg(Units::number(limits.warning, 0));
    }
    finding.frequency = FrequencyRange{5000.0, 10000.0};
    finding.title = Diagnosis::tr("Sharp sibilance");
    finding.suggestion =
        Diagnosis::tr("Put a de-esser on the vocal (and any part with hard “s” and “t” sounds) "
                      "at 5–9 kHz, taking %1 off the peaks; check reverb and delay sends, which "
                      "spread sibilance.")
            .arg(FindingBuilder::amountRange(finding.value));
    // Where: the hops within 3 dB of the mix's own loudest bursts.
    const double threshold = mix->peakLevelDb - 3.0;
    std::vector<double> weight;
    for (const double level : mix->levelDb) {
        weight.push_back(level >= threshold ? level - threshold + 0.1 : 0.0);
    }
    finding.times = rangesOf(weight, context.mix.spectrum.hopSeriesIntervalS, 1.0, 0.0, 5);
    return finding;
}

} // namespace mixscope::rules
