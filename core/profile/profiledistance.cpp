#include "core/profile/profiledistance.h"

#include "core/compare/comparison.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace mixscope {

namespace {

// The least half-width of a feature's yardstick (docs/profiles.md says why).
constexpr double kLevelFloorDb = 2.0;              // the tonal findings' warning limit
constexpr double kWidthFloorDb = 3.0;              // the side's power doubled or halved
constexpr double kCorrelationFloor = 0.2;          // wide_bass: 0.2 under the references'
constexpr double kCrestFloorDb = 1.0;              // lack_of_punch: 1 dB more compressed
constexpr double kRangeFloorLu = 2.0;              // LRA is coarse: 3 s windows, whole sections
constexpr double kTransientFloorDb = 1.0;          // as the crest factor
const double kTempoFloorOctaves = std::log2(1.05); // 5 %: a DJ's pitch fader's half range

constexpr double kLowestBandHz = 40.0; // the findings' broadband range
constexpr double kHighestBandHz = 12500.0;
constexpr double kTonalWeight = 2.0;

// One measure against the profile: how far, in the profile's spread, and how
// wide that spread is against the floor (a style that takes anything is
// little evidence for it).
struct Measure {
    double z = 0.0;
    double widthPenalty = 0.0; ///< 2 · ln(spread ÷ floor), ≥ 0
};

Measure measureOf(double offset, double halfWidth, double floor) {
    const double spread = std::max(halfWidth, floor);
    return Measure{offset / spread, 2.0 * std::log(spread / floor)};
}

// The measures a group gathered: the root mean square of their z (the
// distance's part) and the mean of z² plus the width penalty (the ranking's).
struct Group {
    double sumOfSquares = 0.0;
    double sumOfPenalties = 0.0;
    int count = 0;

    void add(Measure measure) {
        sumOfSquares += measure.z * measure.z;
        sumOfPenalties += measure.widthPenalty;
        ++count;
    }
    void add(std::optional<double> value, const std::optional<FigureSpread>& spread, double floor) {
        if (value && spread && std::isfinite(*value)) {
            add(measureOf(*value - spread->median, (spread->high - spread->low) / 2.0, floor));
        }
    }
    std::optional<double> rms() const {
        return count > 0 ? std::optional(std::sqrt(sumOfSquares / count)) : std::nullopt;
    }
    std::optional<double> score() const {
        return count > 0 ? std::optional((sumOfSquares + sumOfPenalties) / count) : std::nullopt;
    }
};

std::optional<std::size_t> bandAt(const std::vector<double>& centers, double hz) {
    for (std::size_t i = 0; i < centers.size(); ++i) {
        if (std::abs(centers[i] - hz) <= hz * 0.01) {
            return i;
        }
    }
    return std::nullopt;
}

// Each of the profile's bands in 40 Hz–top against the mix's value in the
// band with the same centre (the layouts differ with the sample rate).
template <typename ValueAt>
void addBands(Group& group, const ProfileFigures& figures,
              const std::vector<std::optional<FigureSpread>>& spreads,
              const std::vector<double>& mixCenters, double top, double floor, ValueAt valueAt) {
    for (std::size_t b = 0; b < figures.bandCentersHz.size() && b < spreads.size(); ++b) {
        const double hz = figures.bandCentersHz[b];
        if (hz < kLowestBandHz * 0.99 || hz > top * 1.01) {
            continue;
        }
        if (const std::optional<std::size_t> band = bandAt(mixCenters, hz)) {
            group.add(valueAt(*band), spreads[b], floor);
        }
    }
}

Group tonalBalanceGroup(const TrackAnalysis& mix, const ProfileFigures& figures) {
    Group group;
    const std::optional<double> loudness = mix.loudness.integratedLufs;
    if (!loudness) {
        return group;
    }
    // Where the mix has content, as the comparison reads it.
    const double top = std::min(kHighestBandHz, Comparison::usableTopHz(mix));
    const SpectrumResult& spectrum = mix.spectrum;
    addBands(group, figures, figures.levelDb, spectrum.bandCentersHz, top, kLevelFloorDb,
             [&](std::size_t band) -> std::optional<double> {
                 if (band < spectrum.midDb.size() && spectrum.midDb[band]) {
                     return *spectrum.midDb[band] - *loudness;
                 }
                 return std::nullopt;
             });
    return group;
}

Group widthGroup(const TrackAnalysis& mix, const ProfileFigures& figures) {
    Group group;
    const StereoResult& stereo = mix.stereo;
    addBands(group, figures, figures.widthDb, stereo.bandCentersHz, kHighestBandHz, kWidthFloorDb,
             [&](std::size_t band) {
                 return band < stereo.sideToMidDb.size() ? stereo.sideToMidDb[band] : std::nullopt;
             });
    group.add(stereo.lowEndCorrelation, figures.lowEndCorrelation, kCorrelationFloor);
    return group;
}

Group dynamicsGroup(const TrackAnalysis& mix, const ProfileFigures& figures) {
    Group group;
    group.add(mix.levels.crestDb, figures.crestDb, kCrestFloorDb);
    group.add(mix.loudness.rangeLu, figures.rangeLu, kRangeFloorLu);
    group.add(mix.dynamics.transientStrengthDb, figures.transientStrengthDb, kTransientFloorDb);
    return group;
}

Group tempoGroup(const TrackAnalysis& mix, const ProfileFigures& figures) {
    Group group;
    const std::optional<double> bpm = mix.rhythm.tempoBpm;
    const std::optional<FigureSpread>& spread = figures.tempoBpm;
    if (!bpm || !std::isfinite(*bpm) || *bpm <= 0.0 || !spread || spread->median <= 0.0 ||
        spread->low <= 0.0) {
        return group;
    }
    // In octaves, and a beat tracker's doubled or halved tempo is the same tempo.
    double octaves = std::log2(*bpm / spread->median);
    octaves -= std::round(octaves);
    const double halfWidth = (std::log2(spread->high) - std::log2(spread->low)) / 2.0;
    group.add(measureOf(octaves, halfWidth, kTempoFloorOctaves));
    return group;
}

} // namespace

ProfileSummary ProfileSummary::of(const ReferenceProfile& profile, const QString& path) {
    return ProfileSummary{profile.name, path, static_cast<int>(profile.tracks.size()),
                          profile.figures()};
}

ProfileDistance::Closeness ProfileDistance::closeness() const {
    if (distance <= 1.0) {
        return Closeness::Within;
    }
    return distance <= 2.0 ? Closeness::Near : Closeness::Far;
}

QString ProfileDistance::closenessId(Closeness closeness) {
    switch (closeness) {
    case Closeness::Within:
        return QStringLiteral("within");
    case Closeness::Near:
        return QStringLiteral("near");
    case Closeness::Far:
        break;
    }
    return QStringLiteral("far");
}

QStringList ProfileDistance::describe(const std::vector<ProfileDistance>& ranked) {
    QStringList sentences;
    for (const ProfileDistance& profile : ranked) {
        const QString distance = QLocale().toString(profile.distance, 'f', 1);
        QString closeness;
        switch (profile.closeness()) {
        case Closeness::Within:
            closeness = tr("within their usual range (distance %1)").arg(distance);
            break;
        case Closeness::Near:
            closeness = tr("near them (distance %1)").arg(distance);
            break;
        case Closeness::Far:
            closeness = tr("far from them (distance %1)").arg(distance);
            break;
        }
        sentences << (sentences.isEmpty() ? tr("Most like your “%1” references (%n track(s)): %2.",
                                               nullptr, profile.trackCount)
                                          : tr("Your “%1” references (%n track(s)): %2.", nullptr,
                                               profile.trackCount))
                         .arg(profile.name, closeness);
    }
    return sentences;
}

std::optional<ProfileDistance> ProfileDistance::measure(const TrackAnalysis& mix,
                                                        const ProfileSummary& profile) {
    ProfileDistance result;
    result.name = profile.name;
    result.path = profile.path;
    result.trackCount = profile.trackCount;
    const std::array<std::pair<Group, double>, 4> groups{
        std::pair{tonalBalanceGroup(mix, profile.figures), kTonalWeight},
        std::pair{widthGroup(mix, profile.figures), 1.0},
        std::pair{dynamicsGroup(mix, profile.figures), 1.0},
        // As much as the beat tracker is sure of the mix's tempo: a pulse
        // the music hardly has says nothing about its style.
        std::pair{tempoGroup(mix, profile.figures),
                  std::clamp(mix.rhythm.tempoConfidence, 0.0, 1.0)}};
    result.tonalBalance = groups[0].first.rms();
    result.width = groups[1].first.rms();
    result.dynamics = groups[2].first.rms();
    result.tempo = groups[3].first.rms();
    double squares = 0.0;
    double scores = 0.0;
    double weights = 0.0;
    for (const auto& [group, weight] : groups) {
        if (const std::optional<double> rms = group.rms(); rms && weight > 0.0) {
            squares += weight * *rms * *rms;
            scores += weight * *group.score();
            weights += weight;
        }
    }
    if (weights == 0.0) {
        return std::nullopt;
    }
    result.distance = std::sqrt(squares / weights);
    result.score = std::sqrt(scores / weights);
    return result;
}

std::vector<ProfileDistance>
ProfileDistance::rank(const TrackAnalysis& mix,
                      const std::vector<std::shared_ptr<const ProfileSummary>>& profiles) {
    std::vector<ProfileDistance> ranked;
    for (const auto& profile : profiles) {
        if (profile) {
            if (std::optional<ProfileDistance> distance = measure(mix, *profile)) {
                ranked.push_back(std::move(*distance));
            }
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.score != b.score ? a.score < b.score : a.name.localeAwareCompare(b.name) < 0;
    });
    return ranked;
}

} // namespace mixscope
