#include "core/compare/comparison.h"

#include "core/compare/loudnessmatch.h"

#include <algorithm>
#include <cmath>

namespace mixscope {

namespace {

std::optional<double> difference(std::optional<double> mix, std::optional<double> reference) {
    if (!mix || !reference) {
        return std::nullopt;
    }
    return *mix - *reference;
}

std::optional<double> mean(const std::vector<std::optional<double>>& values) {
    double sum = 0.0;
    int count = 0;
    for (const auto& value : values) {
        if (value) {
            sum += *value;
            ++count;
        }
    }
    // The average only means something when every reference contributes.
    if (count == 0 || count != static_cast<int>(values.size())) {
        return std::nullopt;
    }
    return sum / count;
}

// A reference as the comparison sees it: its levels already shifted by its
// match gain, so that every band compares like with like.
struct MatchedReference {
    std::optional<double> matchGainDb;
    std::optional<double> sectionMatchGainDb;
    std::vector<std::optional<double>> bandDb;
    std::vector<std::optional<double>> widthDb;
    std::optional<double> correlation, lowEndCorrelation, crestDb, plrDb, psrDb, rangeLu,
        transientStrengthDb;
};

MatchedReference matched(const TrackAnalysis& mix, const TrackAnalysis& reference,
                         std::size_t bands) {
    MatchedReference out;
    out.matchGainDb = matchGainDb(mix.loudness.integratedLufs, reference.loudness.integratedLufs);
    out.sectionMatchGainDb =
        matchGainDb(Comparison::loudestSectionLufs(mix), Comparison::loudestSectionLufs(reference));
    for (std::size_t band = 0; band < bands; ++band) {
        const auto level = reference.spectrum.midDb[band];
        out.bandDb.push_back(level && out.matchGainDb
                                 ? std::optional<double>(*level + *out.matchGainDb)
                                 : std::nullopt);
        out.widthDb.push_back(band < reference.stereo.sideToMidDb.size()
                                  ? reference.stereo.sideToMidDb[band]
                                  : std::nullopt);
    }
    out.correlation = reference.stereo.correlation;
    out.lowEndCorrelation = reference.stereo.lowEndCorrelation;
    out.crestDb = reference.levels.crestDb;
    out.plrDb = reference.plrDb();
    out.psrDb = reference.dynamics.psrDb;
    out.rangeLu = reference.loudness.rangeLu;
    out.transientStrengthDb = reference.dynamics.transientStrengthDb;
    return out;
}

// Bands up to (not including) the first whose high edge passes topHz.
std::size_t bandsUnder(const TrackAnalysis& track, double topHz, std::size_t bands) {
    const auto& edges = track.spectrum.bandHighEdgesHz;
    std::size_t count = 0;
    while (count < bands && count < edges.size() && edges[count] <= topHz) {
        ++count;
    }
    return count;
}

// topHz: where the content of the mix or of this reference stops.
ReferenceDelta delta(const TrackAnalysis& mix, const MatchedReference& reference, std::size_t bands,
                     double topHz) {
    ReferenceDelta out;
    out.matchGainDb = reference.matchGainDb;
    out.sectionMatchGainDb = reference.sectionMatchGainDb;
    const std::size_t withContent = bandsUnder(mix, topHz, bands);
    if (withContent < bands) {
        out.spectrumTopHz = topHz;
    }
    for (std::size_t band = 0; band < bands; ++band) {
        out.spectrumDeltaDb.push_back(
            band < withContent ? difference(mix.spectrum.midDb[band], reference.bandDb[band])
                               : std::nullopt);
        const auto mixWidth =
            band < mix.stereo.sideToMidDb.size() ? mix.stereo.sideToMidDb[band] : std::nullopt;
        out.widthDeltaDb.push_back(
            band < withContent ? difference(mixWidth, reference.widthDb[band]) : std::nullopt);
    }
    out.correlationDelta = difference(mix.stereo.correlation, reference.correlation);
    out.lowEndCorrelationDelta =
        difference(mix.stereo.lowEndCorrelation, reference.lowEndCorrelation);
    out.crestDeltaDb = difference(mix.levels.crestDb, reference.crestDb);
    out.plrDeltaDb = difference(mix.plrDb(), reference.plrDb);
    out.psrDeltaDb = difference(mix.dynamics.psrDb, reference.psrDb);
    out.loudnessRangeDeltaLu = difference(mix.loudness.rangeLu, reference.rangeLu);
    out.transientStrengthDeltaDb =
        difference(mix.dynamics.transientStrengthDb, reference.transientStrengthDb);
    return out;
}

} // namespace

double Comparison::usableTopHz(const TrackAnalysis& track) {
    const double nyquist = track.stream.sampleRateHz / 2.0;
    if (!track.spectrum.contentTopHz) {
        return nyquist;
    }
    return std::min(nyquist, *track.spectrum.contentTopHz * std::pow(2.0, -1.0 / 6.0));
}

std::optional<double> Comparison::loudestSectionLufs(const TrackAnalysis& track) {
    std::optional<double> loudest;
    for (const Section& section : track.structure.sections) {
        if (section.loudnessLufs && (!loudest || *section.loudnessLufs > *loudest)) {
            loudest = section.loudnessLufs;
        }
    }
    return loudest ? loudest : track.loudness.shortTermMaxLufs;
}

Comparison Comparison::compare(const TrackAnalysis& mix,
                               const std::vector<const TrackAnalysis*>& references) {
    Comparison comparison;
    // Only bands every track covers completely: at 44.1 kHz the 20 kHz band
    // (17.8–22.4 kHz) is cut at Nyquist and would read low against 96 kHz.
    auto fullBands = [](const TrackAnalysis& track) {
        const double nyquist = track.stream.sampleRateHz / 2.0;
        const auto& edges = track.spectrum.bandHighEdgesHz;
        const std::size_t measured = std::min(track.spectrum.midDb.size(), edges.size());
        std::size_t count = 0;
        while (count < measured && edges[count] <= nyquist) {
            ++count;
        }
        return count;
    };
    std::size_t bands = std::min(fullBands(mix), mix.spectrum.bandCentersHz.size());
    for (const TrackAnalysis* reference : references) {
        bands = std::min(bands, fullBands(*reference));
    }
    comparison.bandCentersHz.assign(mix.spectrum.bandCentersHz.begin(),
                                    mix.spectrum.bandCentersHz.begin() +
                                        static_cast<std::ptrdiff_t>(bands));

    std::vector<MatchedReference> matchedReferences;
    const double mixTopHz = usableTopHz(mix);
    double everyTopHz = mixTopHz;
    for (const TrackAnalysis* reference : references) {
        const double topHz = std::min(mixTopHz, usableTopHz(*reference));
        everyTopHz = std::min(everyTopHz, topHz);
        matchedReferences.push_back(matched(mix, *reference, bands));
        comparison.perReference.push_back(delta(mix, matchedReferences.back(), bands, topHz));
    }
    if (matchedReferences.empty()) {
        return comparison;
    }

    // The average reference: the mean of the matched references, measure by measure.
    MatchedReference average;
    auto meanOf = [&](auto member) {
        std::vector<std::optional<double>> values;
        for (const MatchedReference& reference : matchedReferences) {
            values.push_back(reference.*member);
        }
        return mean(values);
    };
    average.matchGainDb = meanOf(&MatchedReference::matchGainDb);
    average.sectionMatchGainDb = meanOf(&MatchedReference::sectionMatchGainDb);
    average.correlation = meanOf(&MatchedReference::correlation);
    average.lowEndCorrelation = meanOf(&MatchedReference::lowEndCorrelation);
    average.crestDb = meanOf(&MatchedReference::crestDb);
    average.plrDb = meanOf(&MatchedReference::plrDb);
    average.psrDb = meanOf(&MatchedReference::psrDb);
    average.rangeLu = meanOf(&MatchedReference::rangeLu);
    average.transientStrengthDb = meanOf(&MatchedReference::transientStrengthDb);
    for (std::size_t band = 0; band < bands; ++band) {
        std::vector<std::optional<double>> levels, widths;
        for (const MatchedReference& reference : matchedReferences) {
            levels.push_back(reference.bandDb[band]);
            widths.push_back(reference.widthDb[band]);
        }
        average.bandDb.push_back(mean(levels));
        average.widthDb.push_back(mean(widths));
    }
    comparison.average = delta(mix, average, bands, everyTopHz);
    return comparison;
}

} // namespace mixscope
