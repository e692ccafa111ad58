#include "core/common/units.h"
#include "core/diagnosis/diagnosis.h"
#include "core/diagnosis/findingbuilder.h"
#include "core/diagnosis/measures.h"
#include "core/diagnosis/rules/rules.h"

#include <QLocale>

#include <numeric>

namespace mixscope::rules {

using namespace measures;

std::optional<Finding> lackOfPunch(const DiagnosisContext& context) {
    const TrackAnalysis& mix = context.mix;
    const ThresholdRow& row = thresholdsFor(FindingKind::LackOfPunch);
    Finding finding;
    if (context.hasReferences()) {
        // More compressed than the references on the measures that limiting and
        // bus compression shrink. A mix is rarely more squashed than a master:
        // only that direction counts, so being quieter or more open never does.
        const ReferenceDelta& average = *context.comparison.average;
        std::vector<double> deltas;
        for (const auto& delta : {average.psrDeltaDb, average.plrDeltaDb, average.crestDeltaDb}) {
            if (delta) {
                deltas.push_back(*delta);
            }
        }
        if (deltas.size() < 2) {
            return std::nullopt;
        }
        const double value = -std::accumulate(deltas.begin(), deltas.end(), 0.0) /
                             static_cast<double>(deltas.size());
        const Limits limits = row.withReferences->limits;
        if (value < limits.warning) {
            return std::nullopt;
        }
        std::vector<double> perReference;
        for (const ReferenceDelta& each : context.comparison.perReference) {
            if (each.psrDeltaDb && each.plrDeltaDb) {
                perReference.push_back(-(*each.psrDeltaDb + *each.plrDeltaDb) / 2.0);
            }
        }
        finding = FindingBuilder::make(
            FindingKind::LackOfPunch, FindingBasis::References, value,
            {value, limits,
             FindingBuilder::agreementOf(perReference,
                                         limits.warning * thresholds::kAgreementShareOfWarning)});
        finding.evidence =
            Diagnosis::tr("Peaks rise %1 dB less above the body of the music than in %2 "
                          "(differences: peak-to-loudness %3 dB, short-term %4 dB, crest factor "
                          "%5 dB), although references are usually mastered and the mix is not.")
                .arg(QLocale().toString(value, 'f', 1), context.againstText(),
                     Units::signedDb(average.plrDeltaDb.value_or(0.0)),
                     Units::signedDb(average.psrDeltaDb.value_or(0.0)),
                     Units::signedDb(average.crestDeltaDb.value_or(0.0)));
    } else {
        // A pre-master mix usually keeps a peak-to-short-term-loudness ratio of
        // 10 dB or more; mastered pop sits near 8. The score is minus the PSR.
        if (!mix.dynamics.psrDb) {
            return std::nullopt;
        }
        const Limits limits = row.withoutReference->limits;
        const double value = -*mix.dynamics.psrDb;
        if (value < limits.warning) {
            return std::nullopt;
        }
        finding =
            FindingBuilder::make(FindingKind::LackOfPunch, FindingBasis::Ranges, value,
                                 {value, limits, 1.0, thresholds::kNoReferencePunchConfidence});
        finding.evidence =
            Diagnosis::tr("Peaks rise only %1 dB above the short-term loudness (PSR); a mix "
                          "before mastering usually keeps 10 dB or more, and a mastered song "
                          "about 8.")
                .arg(Units::number(*mix.dynamics.psrDb, 1));
    }
    finding.title = Diagnosis::tr("Squashed, lacking punch");
    finding.suggestion = Diagnosis::tr(
        "Ease off the bus compressor and limiter: less gain reduction (1–3 dB), a slower attack "
        "of 10–30 ms so the drums' hits pass, and no limiter before mastering. If the mix needs "
        "glue, use parallel compression.");
    // Where the short-term PSR is lowest, by section.
    std::vector<std::optional<double>> perSection;
    const double interval = mix.loudness.seriesIntervalS;
    for (const Section& section : mix.structure.sections) {
        std::vector<double> values;
        for (std::size_t i = 0; i < mix.dynamics.psrSeriesDb.size(); ++i) {
            const double t = (static_cast<double>(i) + 1.0) * interval;
            if (t >= section.startS && t < section.endS && mix.dynamics.psrSeriesDb[i]) {
                values.push_back(*mix.dynamics.psrSeriesDb[i]);
            }
        }
        perSection.push_back(values.size() < 10 ? std::nullopt
                                                : std::optional<double>(-median(values)));
    }
    finding.times = worstSections(mix, perSection, -1e9, 2);
    return finding;
}

} // namespace mixscope::rules
