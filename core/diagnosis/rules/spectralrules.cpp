#include "core/common/units.h"
#include "core/compare/comparison.h"
#include "core/diagnosis/diagnosis.h"
#include "core/diagnosis/findingbuilder.h"
#include "core/diagnosis/measures.h"
#include "core/diagnosis/rules/rules.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mixscope::rules {

namespace {

using namespace measures;

// A region of the spectrum and the direction that is a fault (+1: too much).
// Its excess is the strongest window of `width` adjacent 1/3-octave bands;
// against a reference it counts beyond spreadFactor times how different the
// two tracks are elsewhere (thresholds::kShapeSpreadFactor).
struct SpectralRegion {
    FindingKind kind;
    double lowHz, highHz;
    std::size_t width;
    int sign;
    double spreadFactor;
};

constexpr SpectralRegion kSubRumble{
    FindingKind::SubRumble, 20.0, 31.5, 3, +1, thresholds::kShapeSpreadEdgeFactor};
constexpr SpectralRegion kMud{
    FindingKind::Mud, 160.0, 400.0, 3, +1, thresholds::kShapeSpreadFactor};
constexpr SpectralRegion kBoxiness{FindingKind::Boxiness,         500.0, 1000.0, 3, +1,
                                   thresholds::kShapeSpreadFactor};
constexpr SpectralRegion kHarshness{FindingKind::Harshness,        2000.0, 5000.0, 3, +1,
                                    thresholds::kShapeSpreadFactor};
constexpr SpectralRegion kTooBright{
    FindingKind::TooBright, 6300.0, 16000.0, 4, +1, thresholds::kShapeSpreadEdgeFactor};
constexpr SpectralRegion kTooDark{
    FindingKind::TooDark, 6300.0, 16000.0, 4, -1, thresholds::kShapeSpreadEdgeFactor};

// The region's level against the references (power sums, net of the
// broadband median difference), signed so that larger is worse in the
// scores, which are net of the shape spread: against the basis of the
// judgement and against each reference. The basis is their average, or a
// version of the mix when one of them is (measures::closestVersion()).
struct RegionExcess {
    double judgedDb = 0.0;
    double judgedScore = 0.0;
    double judgedSpreadDb = 0.0;
    std::optional<std::size_t> version;
    std::vector<double> perReferenceDb;
    std::vector<double> perReferenceScore;
    std::size_t firstBand = 0, lastBand = 0;
};

std::optional<RegionExcess> strongestRegion(const DiagnosisContext& context,
                                            const SpectralRegion& region) {
    const auto& centers = context.comparison.bandCentersHz;
    const auto& mixDb = context.mix.spectrum.midDb;
    const auto& perReference = context.comparison.perReference;
    const auto bands = bandsWithin(centers, region.lowHz, region.highHz);
    if (bands.size() < region.width) {
        return std::nullopt;
    }
    // How different each track is from the mix away from the region: one
    // figure per reference (and for their average), whichever window wins.
    const auto spreadOf = [&](const std::vector<std::optional<double>>& deltas) {
        return shapeSpread(deltas, centers, region.lowHz, region.highHz).value_or(0.0);
    };
    const auto referenceSpreads =
        referenceShapeSpreads(context.comparison, region.lowHz, region.highHz);
    const auto version = closestVersion(referenceSpreads);
    const auto& judgedDeltas = version ? perReference[*version].spectrumDeltaDb
                                       : context.comparison.average->spectrumDeltaDb;
    const double judgedSpread = spreadOf(judgedDeltas);
    const auto score = [&](double excess, double spread) {
        return netOfShapeSpread(region.sign * excess, spread, region.spreadFactor);
    };
    std::optional<RegionExcess> best;
    for (std::size_t i = 0; i + region.width <= bands.size(); ++i) {
        const std::size_t first = bands[i], last = bands[i + region.width - 1];
        const auto judged = windowExcess(mixDb, judgedDeltas, centers, first, last);
        if (!judged) {
            continue;
        }
        if (!best || region.sign * *judged > region.sign * best->judgedDb) {
            RegionExcess excess;
            excess.judgedDb = *judged;
            excess.judgedSpreadDb = judgedSpread;
            excess.judgedScore = score(*judged, judgedSpread);
            excess.version = version;
            excess.firstBand = first;
            excess.lastBand = last;
            for (std::size_t r = 0; r < perReference.size(); ++r) {
                if (const auto value = windowExcess(mixDb, perReference[r].spectrumDeltaDb, centers,
                                                    first, last)) {
                    excess.perReferenceDb.push_back(*value);
                    excess.perReferenceScore.push_back(
                        score(*value, referenceSpreads[r].value_or(0.0)));
                }
            }
            best = excess;
        }
    }
    return best;
}

// Title and suggestion of a spectral finding whose value (its signed
// excess) and frequency are set, against these references (none: without).
void describe(Finding& finding, const std::vector<const TrackAnalysis*>& references) {
    const FrequencyRange& range = *finding.frequency;
    const QString centre = Units::frequency(std::sqrt(range.lowHz * range.highHz));
    const QString amount = FindingBuilder::amountRange(finding.value);
    switch (finding.kind) {
    case FindingKind::Mud:
        finding.title = Diagnosis::tr("Muddy low-mids");
        finding.suggestion =
            Diagnosis::tr("Cut %1 around %2 with a wide bell (Q about 1) on the parts that pile "
                          "up there (pads, guitars, keys, the low end of vocals) and high-pass "
                          "everything that is not bass or kick at 100–150 Hz.")
                .arg(amount, centre);
        break;
    case FindingKind::Boxiness:
        finding.title = Diagnosis::tr("Boxy mids");
        finding.suggestion =
            Diagnosis::tr("Cut %1 around %2 with a bell (Q 1–2) on whatever sounds like a "
                          "cardboard box when you solo that band: snare and tom close mics, "
                          "acoustic guitars, vocals recorded in a small room.")
                .arg(amount, centre);
        break;
    case FindingKind::Harshness:
        finding.title = Diagnosis::tr("Harsh upper mids");
        finding.suggestion =
            Diagnosis::tr("Tame %1 around %2 on the bright parts (distorted guitars, synth "
                          "leads, vocal presence, cymbals) with a bell or a dynamic EQ that "
                          "only acts when they get loud; do not boost this area on the bus.")
                .arg(amount, centre);
        break;
    case FindingKind::TooBright:
        finding.title = Diagnosis::tr("Too bright");
        finding.suggestion =
            Diagnosis::tr("Lower the top by %1 with a gentle high shelf from about 6 kHz on the "
                          "mix bus, or pull back hi-hats, cymbals and “air” boosts.")
                .arg(amount);
        break;
    case FindingKind::TooDark:
        finding.title = Diagnosis::tr("Dull top end");
        finding.suggestion =
            Diagnosis::tr("Open up the top by %1: a gentle high shelf from about 6 kHz on the mix "
                          "bus, or brighten vocals, cymbals and synths one by one.")
                .arg(amount);
        break;
    case FindingKind::SubRumble:
        finding.title = Diagnosis::tr("Sub-bass rumble");
        finding.suggestion = Diagnosis::tr(
            "Low-cut the mix bus at 25–35 Hz and high-pass every part that is not kick or bass "
            "at 80–150 Hz: most speakers cannot play this energy, but it eats headroom and "
            "makes the limiter pump.");
        break;
    default:
        break;
    }
    if (finding.kind != FindingKind::SubRumble && FindingBuilder::beyondOneMove(finding.value)) {
        QString check;
        if (references.empty()) {
            check = Diagnosis::tr("The difference is more than an EQ move should make up: listen "
                                  "to the parts in this range and to their sounds first.");
        } else if (references.size() == 1) {
            check = Diagnosis::tr("The difference is more than an EQ move should make up: check "
                                  "first that “%1” is the same kind of music, in full quality.")
                        .arg(references.front()->tags.title);
        } else {
            check = Diagnosis::tr("The difference is more than an EQ move should make up: check "
                                  "first that your references are the same kind of music, in "
                                  "full quality.");
        }
        finding.suggestion += QLatin1Char(' ') + check;
    }
}

std::vector<std::size_t> bandRange(std::size_t first, std::size_t last) {
    std::vector<std::size_t> bands;
    for (std::size_t b = first; b <= last; ++b) {
        bands.push_back(b);
    }
    return bands;
}

std::optional<Finding> againstReferences(const DiagnosisContext& context,
                                         const SpectralRegion& region) {
    const auto strongest = strongestRegion(context, region);
    if (!strongest) {
        return std::nullopt;
    }
    const Limits limits = thresholdsFor(region.kind).withReferences->limits;
    const double excess = region.sign * strongest->judgedDb;
    const double score = strongest->judgedScore;
    if (score < limits.warning) {
        return std::nullopt;
    }
    std::vector<double> signedPerReference;
    for (const double v : strongest->perReferenceDb) {
        signedPerReference.push_back(region.sign * v);
    }
    const TrackAnalysis& mix = context.mix;
    Finding finding = FindingBuilder::make(
        region.kind, FindingBasis::References, region.sign * excess,
        {score, limits,
         FindingBuilder::agreementOf(strongest->perReferenceScore,
                                     limits.warning * thresholds::kAgreementShareOfWarning)});
    // Against a version of the mix the other references cannot outvote it,
    // but a problem still needs two of them past the warning limit.
    if (!FindingBuilder::judgeAcrossReferences(
            finding, strongest->version ? std::vector<double>{excess} : signedPerReference,
            strongest->perReferenceScore, limits)) {
        return std::nullopt;
    }
    const FrequencyRange range = edgesOf(mix.spectrum, strongest->firstBand, strongest->lastBand);
    finding.frequency = range;
    describe(finding, context.references);
    const QString against = strongest->version ? context.versionAgainstText(*strongest->version)
                                               : context.againstText();
    finding.evidence = Diagnosis::tr("%1 dB in %2 against %3 after loudness matching%4.")
                           .arg(Units::signedDb(region.sign * excess),
                                Units::frequencyRange(range.lowHz, range.highHz), against,
                                FindingBuilder::perReferenceText(strongest->perReferenceDb));
    finding.evidence += FindingBuilder::shapeSpreadText(region.sign * excess, region.sign * score,
                                                        strongest->judgedSpreadDb);
    if (strongest->version) {
        finding.evidence += context.versionText(*strongest->version);
    }
    const auto regionBands = bandRange(strongest->firstBand, strongest->lastBand);
    // The basis's own relative level of this region (the references': averaged in dB).
    double basis = 0.0;
    int count = 0;
    for (std::size_t r = 0; r < context.references.size(); ++r) {
        if (strongest->version && r != *strongest->version) {
            continue;
        }
        if (const auto level = relativeLevel(context.references[r]->spectrum, regionBands)) {
            basis += *level;
            ++count;
        }
    }
    if (count > 0) {
        finding.times = worstSections(
            mix, sectionExcess(mix, regionBands, basis / count, region.sign), limits.warning, 3);
    }
    return finding;
}

std::optional<Finding> withoutReference(const TrackAnalysis& mix, const SpectralRegion& region) {
    const SpectrumResult& spectrum = mix.spectrum;
    // Only where the mix has content: a low-pass is band_limited's, not a dull top end.
    auto bands = bandsWithin(spectrum.bandCentersHz, region.lowHz, region.highHz);
    const double topHz = Comparison::usableTopHz(mix);
    std::erase_if(bands, [&](std::size_t band) {
        return band >= spectrum.bandHighEdgesHz.size() || spectrum.bandHighEdgesHz[band] > topHz;
    });
    if (bands.size() < region.width) {
        return std::nullopt;
    }
    std::optional<double> excess;
    std::size_t first = 0, last = 0;
    QString measuredAgainst;
    if (region.kind == FindingKind::SubRumble) {
        // Sub-bass against the bass octave above it (40–80 Hz), power sums.
        const auto bass = bandsWithin(spectrum.bandCentersHz, 40.0, 80.0);
        const auto sub = longTermLevel(spectrum, bands);
        const auto body = bass.empty() ? std::nullopt : longTermLevel(spectrum, bass);
        if (sub && body) {
            excess = *sub - *body;
            first = bands.front();
            last = bands.back();
        }
        measuredAgainst = Diagnosis::tr("the bass octave above it (40–80 Hz)");
    } else {
        const auto residuals = residualsFromTrend(spectrum);
        const std::size_t width =
            region.kind == FindingKind::TooBright || region.kind == FindingKind::TooDark
                ? bands.size()
                : region.width;
        for (std::size_t i = 0; i + width <= bands.size(); ++i) {
            const auto value = meanOf(residuals, bands[i], bands[i + width - 1]);
            if (value && (!excess || region.sign * *value > region.sign * *excess)) {
                excess = *value;
                first = bands[i];
                last = bands[i + width - 1];
            }
        }
        measuredAgainst = Diagnosis::tr("the trend of the mix's own spectrum (100 Hz–4 kHz)");
    }
    if (!excess) {
        return std::nullopt;
    }
    const double signedExcess = region.sign * *excess;
    const Limits limits = thresholdsFor(region.kind).withoutReference->limits;
    if (signedExcess < limits.warning) {
        return std::nullopt;
    }
    Finding finding =
        FindingBuilder::make(region.kind, FindingBasis::Ranges, *excess,
                             {signedExcess, limits, 1.0, thresholds::kNoReferenceConfidence});
    const FrequencyRange range = edgesOf(spectrum, first, last);
    finding.frequency = range;
    describe(finding, {});
    finding.evidence =
        Diagnosis::tr("%1 dB in %2 against %3; released music of every style stays within %4 dB "
                      "of it. Add a reference in your genre for a firmer answer.")
            .arg(Units::signedDb(*excess), Units::frequencyRange(range.lowHz, range.highHz),
                 measuredAgainst, Units::signedDb(region.sign * limits.warning));
    const auto regionBands = bandRange(first, last);
    if (const auto relative = relativeLevel(spectrum, regionBands)) {
        finding.times =
            worstSections(mix, sectionExcess(mix, regionBands, *relative - *excess, region.sign),
                          signedExcess, 3);
    }
    return finding;
}

std::optional<Finding> judge(const DiagnosisContext& context, const SpectralRegion& region) {
    return context.hasReferences() ? againstReferences(context, region)
                                   : withoutReference(context.mix, region);
}

} // namespace

std::optional<Finding> subRumble(const DiagnosisContext& context) {
    return judge(context, kSubRumble);
}
std::optional<Finding> mud(const DiagnosisContext& context) {
    return judge(context, kMud);
}
std::optional<Finding> boxiness(const DiagnosisContext& context) {
    return judge(context, kBoxiness);
}
std::optional<Finding> harshness(const DiagnosisContext& context) {
    return judge(context, kHarshness);
}
std::optional<Finding> tooBright(const DiagnosisContext& context) {
    return judge(context, kTooBright);
}
std::optional<Finding> tooDark(const DiagnosisContext& context) {
    return judge(context, kTooDark);
}

std::optional<Finding> referenceOutlier(const DiagnosisContext& context) {
    const auto& references = context.references;
    if (references.size() < 3 || !context.hasReferences()) {
        return std::nullopt;
    }
    double topHz = Comparison::usableTopHz(context.mix);
    for (const TrackAnalysis* reference : references) {
        topHz = std::min(topHz, Comparison::usableTopHz(*reference));
    }
    struct Range {
        double lowHz, highHz, limitDb;
    };
    const Range ranges[] = {{160.0, 400.0, thresholds::kOutlierReferenceDb},
                            {500.0, 1000.0, thresholds::kOutlierReferenceDb},
                            {2000.0, 5000.0, thresholds::kOutlierReferenceDb},
                            {6300.0, 16000.0, thresholds::kOutlierReferenceTopDb}};
    const auto& centers = context.comparison.bandCentersHz;
    const SpectrumResult& first = references.front()->spectrum;
    struct Outlier {
        std::size_t reference = 0;
        double deviationDb = 0.0, ratio = 0.0;
        FrequencyRange range;
    };
    std::optional<Outlier> worst;
    for (const Range& range : ranges) {
        auto bands = bandsWithin(centers, range.lowHz, range.highHz);
        std::erase_if(bands, [&](std::size_t band) {
            return band >= first.bandHighEdgesHz.size() || first.bandHighEdgesHz[band] > topHz;
        });
        if (bands.size() < 2) {
            continue;
        }
        std::vector<double> levels;
        for (const TrackAnalysis* reference : references) {
            const auto level = relativeLevel(reference->spectrum, bands);
            if (!level) {
                break;
            }
            levels.push_back(*level);
        }
        if (levels.size() != references.size()) {
            continue;
        }
        for (std::size_t i = 0; i < levels.size(); ++i) {
            std::vector<double> others;
            for (std::size_t j = 0; j < levels.size(); ++j) {
                if (j != i) {
                    others.push_back(levels[j]);
                }
            }
            std::sort(others.begin(), others.end());
            const std::size_t middle = others.size() / 2;
            const double typical = others.size() % 2 == 1
                                       ? others[middle]
                                       : (others[middle - 1] + others[middle]) / 2.0;
            const double deviation = levels[i] - typical;
            const double ratio = std::fabs(deviation) / range.limitDb;
            if (ratio >= 1.0 && (!worst || ratio > worst->ratio)) {
                worst = Outlier{i, deviation, ratio, edgesOf(first, bands.front(), bands.back())};
            }
        }
    }
    if (!worst) {
        return std::nullopt;
    }
    Finding finding;
    finding.kind = FindingKind::ReferenceOutlier;
    finding.basis = FindingBasis::References;
    finding.severity = FindingSeverity::Info;
    finding.confidence = 1.0;
    finding.value = worst->deviationDb;
    finding.frequency = worst->range;
    const QString title = references[worst->reference]->tags.title;
    finding.title = Diagnosis::tr("A reference unlike the others");
    finding.evidence =
        Diagnosis::tr("“%1” differs from your other references by %2 dB in %3: is it the same "
                      "kind of music?")
            .arg(title, Units::signedDb(worst->deviationDb),
                 Units::frequencyRange(worst->range.lowHz, worst->range.highHz));
    finding.suggestion = Diagnosis::tr(
        "Compare against references in the style you are aiming for: one far from the others "
        "pulls their average towards it.");
    return finding;
}

} // namespace mixscope::rules
