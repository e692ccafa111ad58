#include "core/diagnosis/measures.h"

#include "core/diagnosis/thresholds.h"

#include <algorithm>
#include <cmath>

namespace mixscope::measures {

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

std::optional<SpectrumResult::HopSummary> hopSummary(const SpectrumResult& spectrum) {
    if (spectrum.keptHopSummary) {
        return spectrum.keptHopSummary;
    }
    constexpr double kSibilantLowHz = 5000.0;
    constexpr double kSibilantHighHz = 10000.0;
    constexpr std::size_t kFewestValues = 20;
    if (bandsWithin(spectrum.bandCentersHz, kSibilantLowHz, kSibilantHighHz).size() < 3) {
        return std::nullopt;
    }
    const auto audible = [](const std::vector<std::optional<float>>& series) {
        std::vector<double> values;
        values.reserve(series.size());
        for (const auto& level : series) {
            if (level) {
                values.push_back(*level);
            }
        }
        return values;
    };
    const std::vector<double> sibilant = audible(spectrum.sibilantHopSeriesDb);
    const std::vector<double> presence = audible(spectrum.presenceHopSeriesDb);
    if (sibilant.size() < kFewestValues || presence.size() < kFewestValues) {
        return std::nullopt;
    }
    return SpectrumResult::HopSummary{percentile(sibilant, 0.99), median(sibilant),
                                      median(presence)};
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
            (!out.empty() && (value < threshold ||
                              value < scored.front().first - thresholds::kWorstSectionSpreadDb))) {
            break;
        }
        out.push_back(range);
    }
    return out;
}

std::optional<double> windowExcess(const std::vector<std::optional<double>>& mixDb,
                                   const std::vector<std::optional<double>>& deltas,
                                   const std::vector<double>& centersHz, std::size_t first,
                                   std::size_t last) {
    std::vector<double> broadband;
    for (std::size_t b = 0; b < deltas.size(); ++b) {
        if (deltas[b] && centersHz[b] >= thresholds::kBroadbandLowHz &&
            centersHz[b] <= thresholds::kBroadbandHighHz) {
            broadband.push_back(*deltas[b]);
        }
    }
    if (broadband.size() < 10) {
        return std::nullopt;
    }
    std::vector<double> mix, reference;
    for (std::size_t b = first; b <= last; ++b) {
        if (b >= deltas.size() || b >= mixDb.size() || !deltas[b] || !mixDb[b]) {
            return std::nullopt;
        }
        mix.push_back(*mixDb[b]);
        reference.push_back(*mixDb[b] - *deltas[b]);
    }
    return powerSumDb(mix) - powerSumDb(reference) - median(broadband);
}

std::optional<double> shapeSpread(const std::vector<std::optional<double>>& deltas,
                                  const std::vector<double>& centersHz, double lowHz,
                                  double highHz) {
    std::vector<double> values;
    for (std::size_t b = 0; b < deltas.size() && b < centersHz.size(); ++b) {
        const bool nearRegion = centersHz[b] > lowHz / 2.0 && centersHz[b] < highHz * 2.0;
        if (deltas[b] && !nearRegion && centersHz[b] >= thresholds::kBroadbandLowHz &&
            centersHz[b] <= thresholds::kShapeSpreadHighHz) {
            values.push_back(*deltas[b]);
        }
    }
    if (values.size() < 8) {
        return std::nullopt;
    }
    const double centre = median(values);
    for (double& value : values) {
        value = std::fabs(value - centre);
    }
    return 1.4826 * median(values);
}

std::vector<std::optional<double>> referenceShapeSpreads(const Comparison& comparison, double lowHz,
                                                         double highHz) {
    std::vector<std::optional<double>> spreads;
    for (const ReferenceDelta& each : comparison.perReference) {
        spreads.push_back(
            shapeSpread(each.spectrumDeltaDb, comparison.bandCentersHz, lowHz, highHz));
    }
    return spreads;
}

std::optional<std::size_t> closestVersion(const std::vector<std::optional<double>>& spreadsDb) {
    std::optional<std::size_t> closest;
    bool someOtherSong = false;
    for (std::size_t r = 0; r < spreadsDb.size(); ++r) {
        if (!spreadsDb[r] || *spreadsDb[r] >= thresholds::kVersionSpreadDb) {
            someOtherSong = true;
        } else if (!closest || *spreadsDb[r] < *spreadsDb[*closest]) {
            closest = r;
        }
    }
    return someOtherSong ? closest : std::nullopt;
}

double netOfShapeSpread(double score, double shapeSpreadDb, double factor) {
    return score - factor * std::max(0.0, shapeSpreadDb - thresholds::kShapeSpreadFloorDb);
}

// Per section of the mix: the region's level relative to the broadband level,
// minus that of the basis (long-term), dB, times sign (+1: more is worse).
std::vector<std::optional<double>> sectionExcess(const TrackAnalysis& mix,
                                                 const std::vector<std::size_t>& regionBands,
                                                 double basisRelativeDb, int sign) {
    const SpectrumResult& spectrum = mix.spectrum;
    const auto broadband = bandsWithin(spectrum.bandCentersHz, thresholds::kBroadbandLowHz,
                                       thresholds::kBroadbandHighHz);
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
        longTermLevel(spectrum, bandsWithin(spectrum.bandCentersHz, thresholds::kBroadbandLowHz,
                                            thresholds::kBroadbandHighHz));
    if (!region || !broadband) {
        return std::nullopt;
    }
    return *region - *broadband;
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

std::optional<std::pair<double, double>>
sharedByReferences(const std::vector<const TrackAnalysis*>& references, double mixValue,
                   double tolerance,
                   const std::function<std::optional<double>(const TrackAnalysis&)>& measure) {
    if (references.empty()) {
        return std::nullopt;
    }
    std::optional<std::pair<double, double>> range;
    for (const TrackAnalysis* reference : references) {
        const auto value = measure(*reference);
        if (!value || (*value > 0.0) != (mixValue > 0.0) ||
            std::fabs(*value - mixValue) > tolerance) {
            return std::nullopt;
        }
        range = range ? std::pair{std::min(range->first, *value), std::max(range->second, *value)}
                      : std::pair{*value, *value};
    }
    return range;
}

} // namespace mixscope::measures
