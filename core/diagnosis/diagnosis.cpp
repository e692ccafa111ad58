#include "core/diagnosis/diagnosis.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace mixscope {

namespace {

// Thresholds (docs/findings.md says why each is where it is).
struct Limits {
    double warning;
    double problem;
};

// Spectral regions against references: dB of the region over the references'
// after loudness matching, net of the broadband median.
Limits spectralLimits(FindingKind kind) {
    switch (kind) {
    case FindingKind::SubRumble:
        return {3.0, 6.0};
    case FindingKind::TooBright:
    case FindingKind::TooDark:
        return {2.0, 4.0};
    default:
        return {2.0, 4.5};
    }
}

// Without references: dB of the region over a straight line fitted to the
// mix's own spectrum (dB against log frequency) over 100 Hz–4 kHz.
Limits spectralLimitsWithoutReference(FindingKind kind) {
    switch (kind) {
    case FindingKind::SubRumble:
        return {6.0, 10.0};
    case FindingKind::TooBright:
    case FindingKind::TooDark:
        return {7.0, 10.0};
    default:
        return {3.0, 6.0};
    }
}

// ---- Shared measurements --------------------------------------------------

double powerSumDb(const std::vector<double>& levelsDb) {
    double power = 0.0;
    for (double level : levelsDb) {
        power += std::pow(10.0, level / 10.0);
    }
    return power > 0.0 ? 10.0 * std::log10(power) : -200.0;
}

// Indices of the bands (of centres) whose centre lies within [lowHz, highHz].
std::vector<std::size_t> bandsWithin(const std::vector<double>& centersHz, double lowHz,
                                     double highHz) {
    std::vector<std::size_t> bands;
    for (std::size_t b = 0; b < centersHz.size(); ++b) {
        if (centersHz[b] >= lowHz * 0.999 && centersHz[b] <= highHz * 1.001) {
            bands.push_back(b);
        }
    }
    return bands;
}

FrequencyRange edgesOf(const SpectrumResult& spectrum, std::size_t firstBand,
                       std::size_t lastBand) {
    return {spectrum.bandLowEdgesHz[firstBand], spectrum.bandHighEdgesHz[lastBand]};
}

// Power-sum level (dB) of some bands of one frame of the band series; empty
// when any of them is silent.
std::optional<double> frameLevel(const std::vector<std::optional<float>>& frame,
                                 const std::vector<std::size_t>& bands) {
    double power = 0.0;
    for (std::size_t b : bands) {
        if (b >= frame.size() || !frame[b]) {
            return std::nullopt;
        }
        power += std::pow(10.0, *frame[b] / 10.0);
    }
    return power > 0.0 ? std::optional<double>(10.0 * std::log10(power)) : std::nullopt;
}

std::optional<double> longTermLevel(const SpectrumResult& spectrum,
                                    const std::vector<std::size_t>& bands) {
    std::vector<double> levels;
    for (std::size_t b : bands) {
        if (b >= spectrum.midDb.size() || !spectrum.midDb[b]) {
            return std::nullopt;
        }
        levels.push_back(*spectrum.midDb[b]);
    }
    return levels.empty() ? std::nullopt : std::optional<double>(powerSumDb(levels));
}

double median(std::vector<double> values) {
    if (values.empty()) {
        return 0.0;
    }
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

double percentile(std::vector<double> values, double fraction) {
    if (values.empty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::clamp(fraction, 0.0, 1.0) *
                                                static_cast<double>(values.size() - 1));
    return values[index];
}

// Merges flagged frames of a series into time ranges, joining gaps up to
// joinGapS and dropping ranges shorter than minimumS; ordered by the summed
// weight of their frames, largest first, at most maxRanges.
std::vector<TimeRange> rangesOf(const std::vector<double>& weight, double intervalS,
                                double joinGapS, double minimumS, std::size_t maxRanges) {
    struct Weighted {
        TimeRange range;
        double weight = 0.0;
    };
    std::vector<Weighted> ranges;
    for (std::size_t i = 0; i < weight.size(); ++i) {
        if (!(weight[i] > 0.0)) {
            continue;
        }
        const double start = static_cast<double>(i) * intervalS;
        const double end = start + intervalS;
        if (!ranges.empty() && start - ranges.back().range.endS <= joinGapS) {
            ranges.back().range.endS = end;
            ranges.back().weight += weight[i];
        } else {
            ranges.push_back({{start, end}, weight[i]});
        }
    }
    std::erase_if(
        ranges, [minimumS](const Weighted& w) { return w.range.endS - w.range.startS < minimumS; });
    std::stable_sort(ranges.begin(), ranges.end(),
                     [](const Weighted& a, const Weighted& b) { return a.weight > b.weight; });
    std::vector<TimeRange> out;
    for (std::size_t i = 0; i < ranges.size() && i < maxRanges; ++i) {
        out.push_back(ranges[i].range);
    }
    return out;
}

// The sections of the track where perSectionValue is at least threshold and
// within 1.5 of the worst, worst first; when none is, the single worst one. A
// problem present everywhere points at the stretch where it is worst instead
// of the whole song.
std::vector<TimeRange> worstSections(const TrackAnalysis& track,
                                     const std::vector<std::optional<double>>& perSectionValue,
                                     double threshold, std::size_t maxRanges) {
    std::vector<std::pair<double, TimeRange>> scored;
    for (std::size_t s = 0; s < perSectionValue.size(); ++s) {
        if (perSectionValue[s]) {
            const Section& section = track.structure.sections[s];
            scored.push_back({*perSectionValue[s], {section.startS, section.endS}});
        }
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<TimeRange> out;
    for (const auto& [value, range] : scored) {
        if (out.size() >= maxRanges ||
            (!out.empty() && (value < threshold || value < scored.front().first - 1.5))) {
            break;
        }
        out.push_back(range);
    }
    return out;
}

double confidenceFrom(double value, double threshold, double strongValue, double agreement) {
    const double margin =
        std::clamp((value - threshold) / std::max(1e-9, strongValue - threshold), 0.0, 1.0);
    return std::clamp((0.55 + 0.45 * margin) * agreement, 0.0, 1.0);
}

FindingSeverity severityFor(double value, double warningAt, double problemAt) {
    return value >= problemAt
               ? FindingSeverity::Problem
               : (value >= warningAt ? FindingSeverity::Warning : FindingSeverity::Info);
}

QString formatDb(double db) {
    return QStringLiteral("%1%2").arg(db >= 0.0 ? QStringLiteral("+") : QString(),
                                      QLocale().toString(db, 'f', 1));
}

QString formatHz(double hz) {
    if (hz >= 1000.0) {
        return Diagnosis::tr("%1 kHz").arg(hz / 1000.0, 0, 'f', hz >= 10000.0 ? 0 : 1);
    }
    return Diagnosis::tr("%1 Hz").arg(std::round(hz), 0, 'f', 0);
}

// "177–354 Hz", "7.1–18 kHz", "700 Hz–1.4 kHz".
QString formatRange(const FrequencyRange& range) {
    const bool lowInKhz = range.lowHz >= 1000.0;
    const bool highInKhz = range.highHz >= 1000.0;
    if (lowInKhz == highInKhz) {
        const QString low =
            lowInKhz ? QLocale().toString(range.lowHz / 1000.0, 'f', range.lowHz >= 10000.0 ? 0 : 1)
                     : QLocale().toString(std::round(range.lowHz), 'f', 0);
        return Diagnosis::tr("%1–%2").arg(low, formatHz(range.highHz));
    }
    return Diagnosis::tr("%1–%2").arg(formatHz(range.lowHz), formatHz(range.highHz));
}

// Rounds a suggested amount of cut/boost to whole dB, at least 1.
QString amountRange(double excessDb) {
    const int low = std::max(1, static_cast<int>(std::lround(std::fabs(excessDb) * 0.5)));
    const int high = std::max(low + 1, static_cast<int>(std::lround(std::fabs(excessDb) * 0.8)));
    return Diagnosis::tr("%1–%2 dB").arg(low).arg(high);
}

// ---- The comparison basis ----------------------------------------------------

struct Context {
    const TrackAnalysis& mix;
    const std::vector<const TrackAnalysis*>& references;
    const Comparison& comparison;

    bool hasReferences() const {
        return !references.empty() && comparison.average.has_value() &&
               !comparison.bandCentersHz.empty();
    }

    // "your reference “Title”" or "your 3 references".
    QString againstText() const {
        if (references.size() == 1) {
            return Diagnosis::tr("your reference “%1”").arg(references.front()->tags.title);
        }
        return Diagnosis::tr("the average of your %1 references").arg(references.size());
    }
};

// A spectral region's level relative to the mix's broadband level, compared
// with the same for the references: deltas of bands minus their median over
// 40 Hz–12.5 kHz, so a general level or tilt offset does not count.
struct RegionExcess {
    double averageDb = 0.0;             ///< against the references' average
    std::vector<double> perReferenceDb; ///< against each
    std::size_t firstBand = 0, lastBand = 0;
};

std::optional<double> windowExcess(const std::vector<std::optional<double>>& deltas,
                                   const std::vector<double>& centersHz, std::size_t first,
                                   std::size_t last) {
    std::vector<double> broadband;
    for (std::size_t b = 0; b < deltas.size(); ++b) {
        if (deltas[b] && centersHz[b] >= 40.0 && centersHz[b] <= 12500.0) {
            broadband.push_back(*deltas[b]);
        }
    }
    if (broadband.size() < 10) {
        return std::nullopt;
    }
    const double baseline = median(broadband);
    double sum = 0.0;
    for (std::size_t b = first; b <= last; ++b) {
        if (b >= deltas.size() || !deltas[b]) {
            return std::nullopt;
        }
        sum += *deltas[b];
    }
    return sum / static_cast<double>(last - first + 1) - baseline;
}

// The strongest window of `width` adjacent bands within [lowHz, highHz], in
// the direction `sign` (+1: the mix has more than the references).
std::optional<RegionExcess> strongestRegion(const Context& context, double lowHz, double highHz,
                                            std::size_t width, int sign) {
    const auto& centers = context.comparison.bandCentersHz;
    const auto bands = bandsWithin(centers, lowHz, highHz);
    if (bands.size() < width) {
        return std::nullopt;
    }
    std::optional<RegionExcess> best;
    for (std::size_t i = 0; i + width <= bands.size(); ++i) {
        const std::size_t first = bands[i], last = bands[i + width - 1];
        const auto average =
            windowExcess(context.comparison.average->spectrumDeltaDb, centers, first, last);
        if (!average) {
            continue;
        }
        if (!best || sign * *average > sign * best->averageDb) {
            RegionExcess region;
            region.averageDb = *average;
            region.firstBand = first;
            region.lastBand = last;
            for (const ReferenceDelta& each : context.comparison.perReference) {
                if (const auto value = windowExcess(each.spectrumDeltaDb, centers, first, last)) {
                    region.perReferenceDb.push_back(*value);
                }
            }
            best = region;
        }
    }
    return best;
}

// Share of references that individually pass `threshold` (in `sign`'s
// direction), as a confidence factor: all agree 1.0, half 0.75.
double agreementOf(const std::vector<double>& perReference, double threshold, int sign) {
    if (perReference.empty()) {
        return 1.0;
    }
    const auto agreeing = std::count_if(perReference.begin(), perReference.end(),
                                        [&](double v) { return sign * v >= threshold; });
    return 0.5 + 0.5 * static_cast<double>(agreeing) / static_cast<double>(perReference.size());
}

QString perReferenceText(const std::vector<double>& perReference) {
    if (perReference.size() < 2) {
        return {};
    }
    const auto [low, high] = std::minmax_element(perReference.begin(), perReference.end());
    return Diagnosis::tr(" (%1 to %2 dB against each)").arg(formatDb(*low), formatDb(*high));
}

// Per section of the mix: the region's level relative to the broadband level,
// minus that of the basis (long-term), dB, times sign (+1: more is worse).
std::vector<std::optional<double>> sectionExcess(const TrackAnalysis& mix,
                                                 const std::vector<std::size_t>& regionBands,
                                                 double basisRelativeDb, int sign) {
    const SpectrumResult& spectrum = mix.spectrum;
    const auto broadband = bandsWithin(spectrum.bandCentersHz, 40.0, 12500.0);
    std::vector<std::optional<double>> out;
    for (const Section& section : mix.structure.sections) {
        double regionPower = 0.0, broadPower = 0.0;
        const double interval = spectrum.bandSeriesIntervalS;
        for (std::size_t f = 0; f < spectrum.bandSeriesMidDb.size(); ++f) {
            const double t = (static_cast<double>(f) + 0.5) * interval;
            if (t < section.startS || t >= section.endS) {
                continue;
            }
            const auto& frame = spectrum.bandSeriesMidDb[f];
            for (std::size_t b : regionBands) {
                if (b < frame.size() && frame[b]) {
                    regionPower += std::pow(10.0, *frame[b] / 10.0);
                }
            }
            for (std::size_t b : broadband) {
                if (b < frame.size() && frame[b]) {
                    broadPower += std::pow(10.0, *frame[b] / 10.0);
                }
            }
        }
        if (regionPower > 0.0 && broadPower > 0.0) {
            out.push_back(sign * (10.0 * std::log10(regionPower / broadPower) - basisRelativeDb));
        } else {
            out.push_back(std::nullopt);
        }
    }
    return out;
}

std::optional<double> relativeLevel(const SpectrumResult& spectrum,
                                    const std::vector<std::size_t>& regionBands) {
    const auto region = longTermLevel(spectrum, regionBands);
    const auto broadband =
        longTermLevel(spectrum, bandsWithin(spectrum.bandCentersHz, 40.0, 12500.0));
    if (!region || !broadband) {
        return std::nullopt;
    }
    return *region - *broadband;
}

// ---- Spectral balance ---------------------------------------------------------

struct SpectralRule {
    FindingKind kind;
    double lowHz, highHz;
    std::size_t width;
    int sign;
};

Finding spectralFinding(const SpectralRule& rule, double excessDb, const FrequencyRange& range) {
    Finding finding;
    finding.kind = rule.kind;
    finding.frequency = range;
    finding.value = excessDb;
    const QString centre = formatHz(std::sqrt(range.lowHz * range.highHz));
    const QString amount = amountRange(excessDb);
    switch (rule.kind) {
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
    return finding;
}

// The mix's spectrum against its own trend: a straight line fitted (least
// squares, dB against octaves) to its bands over 100 Hz–4 kHz. Returns the
// residual per band (empty where the band is silent or the fit impossible).
std::vector<std::optional<double>> residualsFromTrend(const SpectrumResult& spectrum) {
    std::vector<std::optional<double>> residuals(spectrum.midDb.size());
    double n = 0.0, sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0;
    for (std::size_t b = 0; b < spectrum.midDb.size(); ++b) {
        const double hz = spectrum.bandCentersHz[b];
        if (hz >= 100.0 && hz <= 4000.0 && spectrum.midDb[b]) {
            const double x = std::log2(hz / 1000.0);
            n += 1.0;
            sx += x;
            sy += *spectrum.midDb[b];
            sxx += x * x;
            sxy += x * *spectrum.midDb[b];
        }
    }
    const double denominator = n * sxx - sx * sx;
    if (n < 8.0 || std::fabs(denominator) < 1e-9) {
        return residuals;
    }
    const double slope = (n * sxy - sx * sy) / denominator;
    const double intercept = (sy - slope * sx) / n;
    for (std::size_t b = 0; b < spectrum.midDb.size(); ++b) {
        if (spectrum.midDb[b]) {
            residuals[b] = *spectrum.midDb[b] -
                           (intercept + slope * std::log2(spectrum.bandCentersHz[b] / 1000.0));
        }
    }
    return residuals;
}

std::optional<double> meanOf(const std::vector<std::optional<double>>& values, std::size_t first,
                             std::size_t last) {
    double sum = 0.0;
    for (std::size_t b = first; b <= last; ++b) {
        if (b >= values.size() || !values[b]) {
            return std::nullopt;
        }
        sum += *values[b];
    }
    return sum / static_cast<double>(last - first + 1);
}

void spectralBalanceWithoutReference(const SpectralRule& rule, const TrackAnalysis& mix,
                                     std::vector<Finding>& findings) {
    const SpectrumResult& spectrum = mix.spectrum;
    const auto bands = bandsWithin(spectrum.bandCentersHz, rule.lowHz, rule.highHz);
    if (bands.size() < rule.width) {
        return;
    }
    std::optional<double> excess;
    std::size_t first = 0, last = 0;
    QString measuredAgainst;
    if (rule.kind == FindingKind::SubRumble) {
        // Sub-bass against the bass octave above it (40–80 Hz).
        const auto bass = bandsWithin(spectrum.bandCentersHz, 40.0, 80.0);
        const auto sub = meanOf(spectrum.midDb, bands.front(), bands.back());
        const auto body =
            bass.empty() ? std::nullopt : meanOf(spectrum.midDb, bass.front(), bass.back());
        if (sub && body) {
            excess = *sub - *body;
            first = bands.front();
            last = bands.back();
        }
        measuredAgainst = Diagnosis::tr("the bass octave above it (40–80 Hz)");
    } else {
        const auto residuals = residualsFromTrend(spectrum);
        const std::size_t width =
            rule.kind == FindingKind::TooBright || rule.kind == FindingKind::TooDark ? bands.size()
                                                                                     : rule.width;
        for (std::size_t i = 0; i + width <= bands.size(); ++i) {
            const auto value = meanOf(residuals, bands[i], bands[i + width - 1]);
            if (value && (!excess || rule.sign * *value > rule.sign * *excess)) {
                excess = *value;
                first = bands[i];
                last = bands[i + width - 1];
            }
        }
        measuredAgainst = Diagnosis::tr("the trend of the mix's own spectrum (100 Hz–4 kHz)");
    }
    if (!excess) {
        return;
    }
    const double signedExcess = rule.sign * *excess;
    const Limits limits = spectralLimitsWithoutReference(rule.kind);
    if (signedExcess < limits.warning) {
        return;
    }
    const FrequencyRange range = edgesOf(spectrum, first, last);
    Finding finding = spectralFinding(rule, *excess, range);
    finding.basis = FindingBasis::Ranges;
    finding.severity = severityFor(signedExcess, limits.warning, limits.problem);
    // Without a reference a spectral judgement is a guess about taste and genre.
    finding.confidence = 0.7 * confidenceFrom(signedExcess, limits.warning, limits.problem, 1.0);
    finding.evidence =
        Diagnosis::tr("%1 dB in %2 against %3; a balanced pre-master mix stays within ±%4 dB. "
                      "Add a reference in your genre for a firmer answer.")
            .arg(formatDb(*excess), formatRange(range), measuredAgainst,
                 QLocale().toString(limits.warning, 'f', 1));
    std::vector<std::size_t> regionBands;
    for (std::size_t b = first; b <= last; ++b) {
        regionBands.push_back(b);
    }
    if (const auto relative = relativeLevel(spectrum, regionBands)) {
        finding.times = worstSections(
            mix, sectionExcess(mix, regionBands, *relative - *excess, rule.sign), signedExcess, 3);
    }
    findings.push_back(finding);
}

void spectralBalance(const Context& context, std::vector<Finding>& findings) {
    const std::vector<SpectralRule> rules{
        {FindingKind::SubRumble, 20.0, 31.5, 3, +1},
        {FindingKind::Mud, 160.0, 400.0, 3, +1},
        {FindingKind::Boxiness, 500.0, 1000.0, 3, +1},
        {FindingKind::Harshness, 2000.0, 5000.0, 3, +1},
        {FindingKind::TooBright, 6300.0, 16000.0, 4, +1},
        {FindingKind::TooDark, 6300.0, 16000.0, 4, -1},
    };
    const TrackAnalysis& mix = context.mix;
    for (const SpectralRule& rule : rules) {
        if (context.hasReferences()) {
            const auto region =
                strongestRegion(context, rule.lowHz, rule.highHz, rule.width, rule.sign);
            if (!region) {
                continue;
            }
            const double excess = rule.sign * region->averageDb;
            const Limits limits = spectralLimits(rule.kind);
            if (excess < limits.warning) {
                continue;
            }
            const FrequencyRange range = edgesOf(mix.spectrum, region->firstBand, region->lastBand);
            Finding finding = spectralFinding(rule, rule.sign * excess, range);
            finding.basis = FindingBasis::References;
            finding.severity = severityFor(excess, limits.warning, limits.problem);
            std::vector<double> signedPerReference;
            for (double v : region->perReferenceDb) {
                signedPerReference.push_back(rule.sign * v);
            }
            finding.confidence =
                confidenceFrom(excess, limits.warning, limits.problem,
                               agreementOf(signedPerReference, limits.warning * 0.75, +1));
            finding.evidence =
                Diagnosis::tr("%1 dB in %2 against %3 after loudness matching%4.")
                    .arg(formatDb(rule.sign * excess), formatRange(range), context.againstText(),
                         perReferenceText(region->perReferenceDb));
            std::vector<std::size_t> regionBands;
            for (std::size_t b = region->firstBand; b <= region->lastBand; ++b) {
                regionBands.push_back(b);
            }
            // The references' own relative level of this region, averaged in dB.
            double basis = 0.0;
            int count = 0;
            for (const TrackAnalysis* reference : context.references) {
                if (const auto level = relativeLevel(reference->spectrum, regionBands)) {
                    basis += *level;
                    ++count;
                }
            }
            if (count > 0) {
                finding.times =
                    worstSections(mix, sectionExcess(mix, regionBands, basis / count, rule.sign),
                                  limits.warning, 3);
            }
            findings.push_back(finding);
        } else {
            spectralBalanceWithoutReference(rule, mix, findings);
        }
    }
}

// ---- Sibilance: bursts of 5–10 kHz, judged over time ---------------------------

struct SibilanceProfile {
    double spreadDb = 0.0;       ///< 97th percentile minus median of the 5–10 kHz share
    double peakShareDb = 0.0;    ///< 97th percentile of the share, dB under broadband
    std::vector<double> shareDb; ///< per frame (NaN where silent)
};

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

void sibilance(const Context& context, std::vector<Finding>& findings) {
    const auto mix = sibilanceProfile(context.mix);
    if (!mix) {
        return;
    }
    constexpr Limits kAgainstReferences{3.0, 6.0};  // peaks over the references' peaks, dB
    constexpr Limits kWithoutReference{14.0, 18.0}; // peaks over the mix's own median, dB
    double excess = 0.0;
    Limits limits{};
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
            return;
        }
        excess = std::accumulate(perReference.begin(), perReference.end(), 0.0) /
                 static_cast<double>(perReference.size());
        // Peaks that rise with the whole top end are brightness, not sibilance:
        // the bursts must also stand out from the mix's own median more than
        // the references' do.
        referenceSpread /= static_cast<double>(perReference.size());
        excess = std::min(excess, mix->spreadDb - referenceSpread);
        limits = kAgainstReferences;
        if (excess < limits.warning) {
            return;
        }
        finding.basis = FindingBasis::References;
        finding.confidence = confidenceFrom(excess, limits.warning, limits.problem,
                                            agreementOf(perReference, limits.warning * 0.75, +1));
        finding.evidence =
            Diagnosis::tr("Short bursts at 5–10 kHz rise %1 dB further above the 1–4 kHz presence "
                          "band than in %2%3.")
                .arg(formatDb(excess), context.againstText(), perReferenceText(perReference));
    } else {
        excess = mix->spreadDb;
        limits = kWithoutReference;
        if (excess < limits.warning) {
            return;
        }
        finding.basis = FindingBasis::Ranges;
        finding.confidence = 0.7 * confidenceFrom(excess, limits.warning, limits.problem, 1.0);
        finding.evidence =
            Diagnosis::tr("Short bursts at 5–10 kHz jump %1 dB above their usual level against "
                          "the 1–4 kHz presence band; in a de-essed mix they stay within %2 dB.")
                .arg(excess, 0, 'f', 1)
                .arg(limits.warning, 0, 'f', 0);
    }
    const double threshold = mix->peakShareDb - 3.0;
    finding.kind = FindingKind::Sibilance;
    finding.severity = severityFor(excess, limits.warning, limits.problem);
    finding.value = excess;
    finding.frequency = FrequencyRange{5000.0, 10000.0};
    finding.title = Diagnosis::tr("Sharp sibilance");
    finding.suggestion =
        Diagnosis::tr("Put a de-esser on the vocal (and any part with hard “s” and “t” sounds) "
                      "at 5–9 kHz, taking %1 off the peaks; check reverb and delay sends, which "
                      "spread sibilance.")
            .arg(amountRange(excess));
    std::vector<double> weight;
    for (double share : mix->shareDb) {
        weight.push_back(share >= threshold ? share - threshold + 0.1 : 0.0);
    }
    finding.times = rangesOf(weight, context.mix.spectrum.bandSeriesIntervalS, 1.0, 0.0, 5);
    findings.push_back(finding);
}

// ---- Stereo ----------------------------------------------------------------------

void wideBass(const Context& context, std::vector<Finding>& findings) {
    const auto& stereo = context.mix.stereo;
    if (!stereo.lowEndCorrelation) {
        return;
    }
    // Bass below 150 Hz should be (nearly) mono: 1 is mono, 0 unrelated, -1 inverted.
    constexpr double kWarningBelow = 0.7;
    constexpr double kProblemBelow = 0.3;
    const double correlation = *stereo.lowEndCorrelation;
    double referenceCorrelation = 1.0;
    if (context.hasReferences()) {
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
        if (referenceCorrelation - correlation < 0.2) {
            return;
        }
    }
    if (correlation >= kWarningBelow) {
        return;
    }
    Finding finding;
    finding.kind = FindingKind::WideBass;
    finding.basis = context.hasReferences() ? FindingBasis::References : FindingBasis::Ranges;
    finding.severity =
        correlation < kProblemBelow ? FindingSeverity::Problem : FindingSeverity::Warning;
    finding.value = correlation;
    finding.frequency = FrequencyRange{20.0, 150.0};
    finding.confidence =
        confidenceFrom(kWarningBelow - correlation, 0.0, kWarningBelow - kProblemBelow, 1.0);
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
                  .arg(correlation, 0, 'f', 2)
                  .arg(kWarningBelow, 0, 'f', 1);
    finding.suggestion = Diagnosis::tr(
        "Make everything below about 120 Hz mono: a “bass mono” or mono-maker utility on the "
        "bass and kick, no stereo widener or chorus on them, and check whether one channel's "
        "polarity is flipped. In mono, on club systems and phone speakers, this bass "
        "cancels.");
    std::vector<double> weight;
    for (const auto& value : stereo.lowEndCorrelationSeries) {
        weight.push_back(value && *value < kWarningBelow ? kWarningBelow - *value : 0.0);
    }
    finding.times = rangesOf(weight, stereo.correlationSeriesIntervalS, 2.0, 1.0, 3);
    findings.push_back(finding);
}

void monoCompatibility(const Context& context, std::vector<Finding>& findings) {
    const auto& stereo = context.mix.stereo;
    // A delayed copy between the channels (Haas): comb filtering in mono.
    constexpr Limits kCopy{0.2, 0.5};
    // Overall correlation: below 0 more cancels than adds in mono.
    constexpr double kCorrelationProblemBelow = 0.0;
    double referenceCopy = 0.0;
    if (context.hasReferences()) {
        for (const TrackAnalysis* reference : context.references) {
            referenceCopy =
                std::max(referenceCopy, reference->stereo.delayedCopyStrength.value_or(0.0));
        }
    }
    const double copy = stereo.delayedCopyStrength.value_or(0.0);
    const bool copyFound = copy >= kCopy.warning && copy - referenceCopy >= 0.15;
    const bool cancels = stereo.correlation && *stereo.correlation < kCorrelationProblemBelow;
    if (!copyFound && !cancels) {
        return;
    }
    Finding finding;
    finding.kind = FindingKind::MonoCompatibility;
    finding.basis = FindingBasis::Absolute;
    finding.title = Diagnosis::tr("Poor mono translation");
    if (copyFound) {
        finding.severity =
            copy >= kCopy.problem || cancels ? FindingSeverity::Problem : FindingSeverity::Warning;
        finding.value = copy;
        finding.confidence = confidenceFrom(copy, kCopy.warning, kCopy.problem, 1.0);
        finding.frequency = FrequencyRange{200.0, 10000.0};
        finding.evidence =
            Diagnosis::tr("About %1 % of the spectrum between 200 Hz and 10 kHz is the same "
                          "sound in both channels with the %2 channel %3 ms late (a Haas-style "
                          "widener). Summed to mono it comb-filters: notches every %4 Hz.")
                .arg(std::lround(100.0 * copy))
                .arg(stereo.delayedCopyMs.value_or(0.0) >= 0.0 ? Diagnosis::tr("right")
                                                               : Diagnosis::tr("left"))
                .arg(std::fabs(stereo.delayedCopyMs.value_or(0.0)), 0, 'f', 1)
                .arg(std::lround(1000.0 /
                                 std::max(0.1, std::fabs(stereo.delayedCopyMs.value_or(1.0)))));
        finding.suggestion = Diagnosis::tr(
            "Replace the delay-based widening with real double-tracking, a stereo reverb or a "
            "chorus, or keep the delayed side much quieter; listen in mono while you adjust.");
    } else {
        finding.severity = FindingSeverity::Problem;
        finding.value = *stereo.correlation;
        finding.confidence = 0.9;
        finding.evidence =
            Diagnosis::tr("The channels' correlation is %1 (below 0 more cancels than adds) and "
                          "the mix loses %2 dB summed to mono.")
                .arg(*stereo.correlation, 0, 'f', 2)
                .arg(stereo.monoLossDb.value_or(0.0), 0, 'f', 1);
        finding.suggestion = Diagnosis::tr(
            "Look for a part with one channel's polarity inverted, or an extreme stereo "
            "widener, and fix it at the source; check the mix in mono.");
    }
    std::vector<double> weight;
    for (const auto& value : stereo.correlationSeries) {
        weight.push_back(value && *value < 0.5 ? 0.5 - *value : 0.0);
    }
    finding.times = rangesOf(weight, stereo.correlationSeriesIntervalS, 2.0, 1.0, 3);
    findings.push_back(finding);
}

void stereoImbalance(const Context& context, std::vector<Finding>& findings) {
    const auto& balance = context.mix.stereo.balanceDb;
    constexpr Limits kLimits{1.0, 2.5}; // dB between the channels' power
    if (!balance || std::fabs(*balance) < kLimits.warning) {
        return;
    }
    Finding finding;
    finding.kind = FindingKind::StereoImbalance;
    finding.basis = FindingBasis::Absolute;
    finding.severity = severityFor(std::fabs(*balance), kLimits.warning, kLimits.problem);
    finding.value = *balance;
    finding.confidence = confidenceFrom(std::fabs(*balance), kLimits.warning, kLimits.problem, 1.0);
    finding.title = Diagnosis::tr("Lopsided stereo image");
    finding.evidence = *balance > 0.0
                           ? Diagnosis::tr("The left channel is %1 dB louder than the right.")
                                 .arg(*balance, 0, 'f', 1)
                           : Diagnosis::tr("The right channel is %1 dB louder than the left.")
                                 .arg(-*balance, 0, 'f', 1);
    finding.suggestion = Diagnosis::tr(
        "Check the pan of the loud parts that should sit in the middle (vocal, kick, snare, "
        "bass) and any one-sided effect return; rebalance rather than fixing it on the master.");
    findings.push_back(finding);
}

// ---- Dynamics --------------------------------------------------------------------

void lackOfPunch(const Context& context, std::vector<Finding>& findings) {
    const TrackAnalysis& mix = context.mix;
    Finding finding;
    double value = 0.0;
    Limits limits{};
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
            return;
        }
        value = -std::accumulate(deltas.begin(), deltas.end(), 0.0) /
                static_cast<double>(deltas.size());
        limits = {1.0, 3.0};
        if (value < limits.warning) {
            return;
        }
        std::vector<double> perReference;
        for (const ReferenceDelta& each : context.comparison.perReference) {
            if (each.psrDeltaDb && each.plrDeltaDb) {
                perReference.push_back(-(*each.psrDeltaDb + *each.plrDeltaDb) / 2.0);
            }
        }
        finding.basis = FindingBasis::References;
        finding.confidence = confidenceFrom(value, limits.warning, limits.problem,
                                            agreementOf(perReference, limits.warning * 0.75, +1));
        finding.evidence =
            Diagnosis::tr("Peaks rise %1 dB less above the body of the music than in %2 "
                          "(differences: peak-to-loudness %3 dB, short-term %4 dB, crest factor "
                          "%5 dB), although references are usually mastered and the mix is not.")
                .arg(QLocale().toString(value, 'f', 1), context.againstText(),
                     formatDb(average.plrDeltaDb.value_or(0.0)),
                     formatDb(average.psrDeltaDb.value_or(0.0)),
                     formatDb(average.crestDeltaDb.value_or(0.0)));
    } else {
        // A pre-master mix usually keeps a peak-to-short-term-loudness ratio of
        // 10 dB or more; mastered pop sits near 8.
        if (!mix.dynamics.psrDb) {
            return;
        }
        limits = {-9.0, -7.0};
        value = -*mix.dynamics.psrDb;
        if (value < limits.warning) {
            return;
        }
        finding.basis = FindingBasis::Ranges;
        finding.confidence = 0.8 * confidenceFrom(value, limits.warning, limits.problem, 1.0);
        finding.evidence =
            Diagnosis::tr("Peaks rise only %1 dB above the short-term loudness (PSR); a mix "
                          "before mastering usually keeps 10 dB or more, and a mastered song "
                          "about 8.")
                .arg(*mix.dynamics.psrDb, 0, 'f', 1);
    }
    finding.kind = FindingKind::LackOfPunch;
    finding.severity = severityFor(value, limits.warning, limits.problem);
    finding.value = value;
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
    findings.push_back(finding);
}

// ---- Levels ------------------------------------------------------------------------

void clipping(const Context& context, std::vector<Finding>& findings) {
    const LevelResult& levels = context.mix.levels;
    // Flat-topped runs at the peak: a few can be a coincidence on a 16-bit
    // file, dozens are a clipper or an overloaded bus.
    constexpr Limits kRuns{5.0, 50.0};
    const double runs = levels.clippedRunCount;
    if (runs < kRuns.warning) {
        return;
    }
    Finding finding;
    finding.kind = FindingKind::Clipping;
    finding.basis = FindingBasis::Absolute;
    finding.severity = severityFor(runs, kRuns.warning, kRuns.problem);
    finding.value = runs;
    finding.confidence = confidenceFrom(runs, kRuns.warning, kRuns.problem, 1.0);
    finding.title = Diagnosis::tr("Clipping");
    finding.evidence =
        Diagnosis::tr("%1 flat-topped peaks (%2 samples held at %3 dBFS) where the waveform was "
                      "cut off, in %n place(s) of the song.",
                      nullptr, static_cast<int>(levels.clipIntervals.size()))
            .arg(levels.clippedRunCount)
            .arg(levels.clippedSampleCount)
            .arg(levels.samplePeakDbfs.value_or(0.0), 0, 'f', 2);
    finding.suggestion = Diagnosis::tr(
        "Find what overloads (the master bus, a clipper or a track driven into 0 dBFS), turn it "
        "down until peaks stay under -1 dBFS, and export again at 24-bit or 32-bit float.");
    std::vector<double> weight;
    const double interval = LevelResult::kClipIntervalS;
    for (const auto& clip : levels.clipIntervals) {
        const auto index = static_cast<std::size_t>(std::lround(clip.startS / interval));
        if (weight.size() <= index) {
            weight.resize(index + 1, 0.0);
        }
        weight[index] = clip.runCount;
    }
    finding.times = rangesOf(weight, interval, 1.0, 0.0, 5);
    findings.push_back(finding);
}

void lowHeadroom(const Context& context, std::vector<Finding>& findings) {
    const TrackAnalysis& mix = context.mix;
    const auto& truePeak = mix.loudness.truePeakDbtp;
    // Mastering engineers ask for peaks around -6 to -3 dBFS; above -1 dBTP
    // there is no room left, above 0 the converter or encoder clips.
    constexpr double kWarningAbove = -1.0;
    constexpr double kProblemAbove = 0.0;
    if (!truePeak || *truePeak < kWarningAbove) {
        return;
    }
    Finding finding;
    finding.kind = FindingKind::LowHeadroom;
    finding.basis = FindingBasis::Absolute;
    finding.severity =
        *truePeak > kProblemAbove ? FindingSeverity::Problem : FindingSeverity::Warning;
    finding.value = *truePeak;
    finding.confidence = confidenceFrom(*truePeak, kWarningAbove, kProblemAbove + 1.0, 1.0);
    finding.title = Diagnosis::tr("No headroom for mastering");
    finding.evidence =
        *truePeak > kProblemAbove
            ? Diagnosis::tr("True peak reaches %1 dBTP: above 0, converters and lossy encoders "
                            "clip between the samples.")
                  .arg(formatDb(*truePeak))
            : Diagnosis::tr("True peak reaches %1 dBTP; a mix for mastering leaves 3–6 dB.")
                  .arg(formatDb(*truePeak));
    finding.suggestion = Diagnosis::tr(
        "Turn the whole mix down (every fader, or a gain plug-in first on the master) until "
        "peaks sit around -6 dBFS, and take limiters off the mix bus; loudness is mastering's "
        "job.");
    std::vector<double> weight;
    for (const auto& peak : mix.loudness.truePeakSeriesDbtp) {
        weight.push_back(peak && *peak >= kWarningAbove ? *peak - kWarningAbove + 0.1 : 0.0);
    }
    finding.times = rangesOf(weight, mix.loudness.seriesIntervalS, 1.0, 0.0, 5);
    findings.push_back(finding);
}

void dcOffset(const Context& context, std::vector<Finding>& findings) {
    const LevelResult& levels = context.mix.levels;
    const double dc =
        std::max(std::fabs(levels.dcOffsetPercent[0]), std::fabs(levels.dcOffsetPercent[1]));
    // 0.2 % is -54 dBFS: harmless to hear, but it shifts the waveform off
    // centre and costs headroom; 1 % (-40 dBFS) is a fault upstream.
    constexpr Limits kLimits{0.2, 1.0};
    if (dc < kLimits.warning) {
        return;
    }
    Finding finding;
    finding.kind = FindingKind::DcOffset;
    finding.basis = FindingBasis::Absolute;
    finding.severity = severityFor(dc, kLimits.warning, kLimits.problem);
    finding.value = dc;
    finding.confidence = confidenceFrom(dc, kLimits.warning, kLimits.problem, 1.0);
    finding.frequency = FrequencyRange{0.0, 5.0};
    finding.title = Diagnosis::tr("DC offset");
    finding.evidence = Diagnosis::tr("The left channel sits %1 % and the right %2 % of full scale "
                                     "off zero.")
                           .arg(levels.dcOffsetPercent[0], 0, 'f', 2)
                           .arg(levels.dcOffsetPercent[1], 0, 'f', 2);
    finding.suggestion = Diagnosis::tr(
        "Put a DC filter or a 20 Hz high-pass on the master bus (or on the track that carries "
        "the offset, often an old recording or a faulty interface) and export again.");
    findings.push_back(finding);
}

// ---- The file ----------------------------------------------------------------------

void exportFormat(const Context& context, std::vector<Finding>& findings) {
    const TrackAnalysis& mix = context.mix;
    if (!mix.stream.lossless) {
        Finding finding;
        finding.kind = FindingKind::LossyExport;
        finding.basis = FindingBasis::Absolute;
        finding.severity = FindingSeverity::Warning;
        finding.confidence = 1.0;
        finding.title = Diagnosis::tr("Lossy export");
        finding.evidence =
            Diagnosis::tr("The mix is a lossy %1 file%2: the encoder has already "
                          "changed its top end, transients and peaks.")
                .arg(mix.stream.codec.toUpper())
                .arg(mix.bitrateKbps() ? Diagnosis::tr(" at %1 kbit/s").arg(*mix.bitrateKbps())
                                       : QString());
        finding.suggestion = Diagnosis::tr(
            "Export the mix as WAV or FLAC for feedback and for mastering; make MP3 or AAC files "
            "only from the final master.");
        findings.push_back(finding);
        return;
    }
    const auto bits = mix.bitDepth();
    if (bits && *bits <= 16 && mix.stream.codec.contains(QStringLiteral("f")) == false) {
        Finding finding;
        finding.kind = FindingKind::LowBitDepth;
        finding.basis = FindingBasis::Absolute;
        finding.severity = FindingSeverity::Info;
        finding.value = *bits;
        finding.confidence = 1.0;
        finding.title = Diagnosis::tr("16-bit export");
        finding.evidence = Diagnosis::tr("The mix is a %1-bit file.").arg(*bits);
        finding.suggestion = Diagnosis::tr(
            "Export mixes for mastering at 24-bit or 32-bit float: 16-bit is for the final "
            "release, after mastering and dither.");
        findings.push_back(finding);
    }
}

void silenceToTrim(const Context& context, std::vector<Finding>& findings) {
    const LoudnessResult& loudness = context.mix.loudness;
    const auto& series = loudness.momentaryLufs;
    constexpr double kSilentBelowLufs = -60.0;
    constexpr double kLeadingS = 2.0;
    constexpr double kTrailingS = 5.0;
    std::size_t first = series.size(), last = 0;
    for (std::size_t i = 0; i < series.size(); ++i) {
        if (series[i] && *series[i] >= kSilentBelowLufs) {
            first = std::min(first, i);
            last = i;
        }
    }
    if (first >= series.size()) {
        return;
    }
    const double interval = loudness.seriesIntervalS;
    // The 400 ms window first hears sound up to 0.4 s after it starts.
    const double leadingS = std::max(0.0, static_cast<double>(first) * interval - 0.3);
    const double trailingS =
        std::max(0.0, context.mix.durationS - static_cast<double>(last + 1) * interval);
    if (leadingS < kLeadingS && trailingS < kTrailingS) {
        return;
    }
    Finding finding;
    finding.kind = FindingKind::SilenceToTrim;
    finding.basis = FindingBasis::Absolute;
    finding.severity = FindingSeverity::Info;
    finding.value = leadingS + trailingS;
    finding.confidence = 1.0;
    finding.title = Diagnosis::tr("Silence to trim");
    finding.evidence = Diagnosis::tr("%1 s of silence at the start and %2 s at the end.")
                           .arg(leadingS, 0, 'f', 1)
                           .arg(trailingS, 0, 'f', 1);
    finding.suggestion = Diagnosis::tr(
        "Trim the export to the music (keep reverb tails); a long silent start makes listeners "
        "and distributors think the file is broken.");
    if (leadingS >= kLeadingS) {
        finding.times.push_back({0.0, leadingS});
    }
    if (trailingS >= kTrailingS) {
        finding.times.push_back({context.mix.durationS - trailingS, context.mix.durationS});
    }
    findings.push_back(finding);
}

} // namespace

std::vector<Finding> Diagnosis::diagnose(const TrackAnalysis& mix,
                                         const std::vector<const TrackAnalysis*>& references,
                                         const Comparison& comparison) {
    const Context context{mix, references, comparison};
    std::vector<Finding> findings;
    spectralBalance(context, findings);
    sibilance(context, findings);
    wideBass(context, findings);
    monoCompatibility(context, findings);
    stereoImbalance(context, findings);
    lackOfPunch(context, findings);
    clipping(context, findings);
    lowHeadroom(context, findings);
    dcOffset(context, findings);
    exportFormat(context, findings);
    silenceToTrim(context, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity) {
            return a.severity > b.severity;
        }
        return a.confidence > b.confidence;
    });
    return findings;
}

} // namespace mixscope
