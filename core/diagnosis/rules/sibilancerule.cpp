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

struct SibilanceProfile {
    double spreadDb = 0.0;       ///< 97th percentile minus median of the 5–10 kHz share
    double peakShareDb = 0.0;    ///< 97th percentile of the share, dB under broadband
    std::vector<double> shareDb; ///< per frame (NaN where silent)
};

// The 5–10 kHz level against the 1–4 kHz presence band, frame by frame.
std::optional<SibilanceProfile> sibilanceProfile(const TrackAnalysis& track) {
    const SpectrumResult& spectrum = track.spectrum;
    const auto sibilant = bandsWithin(spectrum.bandCentersHz, 5000.0, 10000.0);
    const auto presence = bandsWithin(spectrum.bandCentersHz, 1000.0, 4000.0);
    if (sibilant.size() < 3) {
        return std::nullopt;
    }
    std::vector<double> shares, audible;
    shares.reserve(spectrum.bandSeriesMidDb.size());
    audible.reserve(spectrum.bandSeriesMidDb.size());
    for (const auto& frame : spectrum.bandSeriesMidDb) {
        const auto high = frameLevel(frame, sibilant);
        const auto all = frameLevel(frame, presence);
        shares.push_back(high && all ? *high - *all : std::nan(""));
        if (high && all) {
            audible.push_back(*high - *all);
        }
    }
    if (audible.size() < 20) {
        return std::nullopt;
    }
    SibilanceProfile profile;
    profile.shareDb = std::move(shares);
    profile.peakShareDb = percentile(audible, 0.97);
    profile.spreadDb = profile.peakShareDb - median(audible);
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
        std::vector<double> perReference;
        double referenceSpread = 0.0;
        for (const TrackAnalysis* reference : context.references) {
            if (const auto profile = sibilanceProfile(*reference)) {
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
        const Limits limits = row.withReferences->limits;
        if (excess < limits.warning) {
            return std::nullopt;
        }
        finding = FindingBuilder::make(
            FindingKind::Sibilance, FindingBasis::References, excess,
            {excess, limits,
             FindingBuilder::agreementOf(perReference,
                                         limits.warning * thresholds::kAgreementShareOfWarning)});
        finding.evidence =
            Diagnosis::tr("Short bursts at 5–10 kHz rise %1 dB further above the 1–4 kHz presence "
                          "band than in %2%3.")
                .arg(Units::signedDb(excess), context.againstText(),
                     FindingBuilder::perReferenceText(perReference));
    } else {
        const double excess = mix->spreadDb;
        const Limits limits = row.withoutReference->limits;
        if (excess < limits.warning) {
            return std::nullopt;
        }
        finding = FindingBuilder::make(FindingKind::Sibilance, FindingBasis::Ranges, excess,
                                       {excess, limits, 1.0, thresholds::kNoReferenceConfidence});
        finding.evidence =
            Diagnosis::tr("Short bursts at 5–10 kHz jump %1 dB above their usual level against "
                          "the 1–4 kHz presence band; in a de-essed mix they stay within %2 dB.")
                .arg(excess, 0, 'f', 1)
                .arg(limits.warning, 0, 'f', 0);
    }
    finding.frequency = FrequencyRange{5000.0, 10000.0};
    finding.title = Diagnosis::tr("Sharp sibilance");
    finding.suggestion =
        Diagnosis::tr("Put a de-esser on the vocal (and any part with hard “s” and “t” sounds) "
                      "at 5–9 kHz, taking %1 off the peaks; check reverb and delay sends, which "
                      "spread sibilance.")
            .arg(FindingBuilder::amountRange(finding.value));
    // Where: the frames within 3 dB of the mix's own peaks.
    const double threshold = mix->peakShareDb - 3.0;
    std::vector<double> weight;
    for (const double share : mix->shareDb) {
        weight.push_back(share >= threshold ? share - threshold + 0.1 : 0.0);
    }
    finding.times = rangesOf(weight, context.mix.spectrum.bandSeriesIntervalS, 1.0, 0.0, 5);
    return finding;
}

} // namespace mixscope::rules
