#include "core/analysis/structureanalyzer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mixscope {

namespace {

// Running sums of one feature over frames, with the count of frames in which
// it is defined, so that any window mean costs two lookups.
class PrefixMeans {
public:
    explicit PrefixMeans(std::size_t frames)
        : m_sums(frames + 1, 0.0)
        , m_counts(frames + 1, 0) {}

    void set(std::size_t frame, std::optional<double> value) {
        m_sums[frame + 1] = m_sums[frame] + value.value_or(0.0);
        m_counts[frame + 1] = m_counts[frame] + (value ? 1 : 0);
    }

    std::optional<double> mean(std::size_t first, std::size_t last) const {
        const std::size_t count = m_counts[last] - m_counts[first];
        if (count == 0) {
            return std::nullopt;
        }
        return (m_sums[last] - m_sums[first]) / static_cast<double>(count);
    }

private:
    std::vector<double> m_sums;
    std::vector<std::size_t> m_counts;
};

std::vector<float> noveltyCurve(const StructureInput& input, std::size_t halfWindow) {
    const std::size_t frames = input.loudnessLufs.size();
    PrefixMeans loudness(frames);
    for (std::size_t i = 0; i < frames; ++i) {
        loudness.set(i, input.loudnessLufs[i].value_or(StructureAnalyzer::kSilenceLufs));
    }

    const bool haveBands = input.bandDb.size() == frames;
    std::size_t bandCount = 0;
    if (haveBands) {
        for (const auto& bands : input.bandDb) {
            bandCount = std::max(bandCount, bands.size());
        }
    }
    std::vector<PrefixMeans> shape(bandCount, PrefixMeans(frames));
    for (std::size_t i = 0; i < frames && bandCount > 0; ++i) {
        const auto& bands = input.bandDb[i];
        double sum = 0.0;
        int defined = 0;
        for (const auto& band : bands) {
            if (band) {
                sum += *band;
                ++defined;
            }
        }
        // Silent frames have no timbre worth comparing.
        const bool useFrame = input.loudnessLufs[i].has_value() && defined >= 2;
        for (std::size_t k = 0; k < bandCount; ++k) {
            std::optional<double> value;
            if (useFrame && k < bands.size() && bands[k]) {
                value = *bands[k] - sum / defined;
            }
            shape[k].set(i, value);
        }
    }

    std::vector<float> novelty(frames, 0.0f);
    for (std::size_t boundary = 1; boundary < frames; ++boundary) {
        const std::size_t width = std::min({halfWindow, boundary, frames - boundary});
        const std::size_t first = boundary - width;
        const std::size_t last = boundary + width;
        const double loudnessStep =
            (*loudness.mean(boundary, last) - *loudness.mean(first, boundary)) /
            StructureAnalyzer::kLoudnessScaleLu;
        double shapeSquares = 0.0;
        int shapeBands = 0;
        for (const PrefixMeans& band : shape) {
            const std::optional<double> before = band.mean(first, boundary);
            const std::optional<double> after = band.mean(boundary, last);
            if (before && after) {
                shapeSquares += (*after - *before) * (*after - *before);
                ++shapeBands;
            }
        }
        const double shapeChange =
            shapeBands > 0 ? std::sqrt(shapeSquares / shapeBands) / StructureAnalyzer::kShapeScaleDb
                           : 0.0;
        novelty[boundary] =
            static_cast<float>(std::sqrt(loudnessStep * loudnessStep + shapeChange * shapeChange));
    }
    return novelty;
}

// Novelty peaks of at least 1, strongest first, kept apart by minimumFrames
// from each other and from both ends; returned in time order as boundary
// positions in frames (fractional, parabolic interpolation of the peak).
std::vector<double> pickBoundaries(const std::vector<float>& novelty, std::size_t halfWindow,
                                   std::size_t minimumFrames) {
    const std::size_t frames = novelty.size();
    std::vector<std::size_t> candidates;
    for (std::size_t i = 1; i < frames; ++i) {
        if (novelty[i] < 1.0f) {
            continue;
        }
        bool isPeak = true;
        const std::size_t first = i > halfWindow ? i - halfWindow : 0;
        for (std::size_t j = first; isPeak && j <= std::min(frames - 1, i + halfWindow); ++j) {
            isPeak = j < i ? novelty[j] < novelty[i] : novelty[j] <= novelty[i];
        }
        if (isPeak) {
            candidates.push_back(i);
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](std::size_t a, std::size_t b) { return novelty[a] > novelty[b]; });
    std::vector<std::size_t> accepted;
    for (std::size_t candidate : candidates) {
        if (candidate < minimumFrames || frames - candidate < minimumFrames) {
            continue;
        }
        const bool farEnough =
            std::all_of(accepted.begin(), accepted.end(), [&](std::size_t other) {
                return (candidate > other ? candidate - other : other - candidate) >= minimumFrames;
            });
        if (farEnough) {
            accepted.push_back(candidate);
        }
    }
    std::sort(accepted.begin(), accepted.end());

    std::vector<double> boundaries;
    for (std::size_t b : accepted) {
        double offset = 0.0;
        if (b + 1 < frames) {
            const double left = novelty[b - 1];
            const double middle = novelty[b];
            const double right = novelty[b + 1];
            const double curvature = left - 2.0 * middle + right;
            if (curvature < 0.0) {
                offset = std::clamp(0.5 * (left - right) / curvature, -0.5, 0.5);
            }
        }
        boundaries.push_back(static_cast<double>(b) + offset);
    }
    return boundaries;
}

struct SectionLevels {
    std::optional<double> loudnessLufs;
    double riseLu = 0.0; ///< least-squares slope times duration
};

SectionLevels measureSection(const StructureInput& input, std::size_t first, std::size_t last) {
    double power = 0.0;
    double count = 0.0, sumT = 0.0, sumL = 0.0, sumTT = 0.0, sumTL = 0.0;
    for (std::size_t i = first; i < last; ++i) {
        if (!input.loudnessLufs[i]) {
            continue;
        }
        const double lufs = *input.loudnessLufs[i];
        const auto t = static_cast<double>(i);
        power += std::pow(10.0, lufs / 10.0);
        count += 1.0;
        sumT += t;
        sumL += lufs;
        sumTT += t * t;
        sumTL += t * lufs;
    }
    SectionLevels levels;
    if (count == 0.0) {
        return levels;
    }
    levels.loudnessLufs = 10.0 * std::log10(power / count);
    const double denominator = count * sumTT - sumT * sumT;
    if (denominator > 0.0) {
        const double slopePerFrame = (count * sumTL - sumT * sumL) / denominator;
        levels.riseLu = slopePerFrame * static_cast<double>(last - first);
    }
    return levels;
}

} // namespace

StructureResult StructureAnalyzer::analyze(const StructureInput& input) {
    StructureResult result;
    const std::size_t frames = input.loudnessLufs.size();
    if (!(input.frameIntervalS > 0.0) || frames == 0) {
        return result;
    }
    const double interval = input.frameIntervalS;
    const double durationS = static_cast<double>(frames) * interval;
    result.minimumSectionS = std::min(kMinimumSectionS, durationS / 4.0);
    result.noveltyIntervalS = interval;
    const auto minimumFrames = std::max<std::size_t>(
        1, static_cast<std::size_t>(std::lround(result.minimumSectionS / interval)));
    const std::size_t halfWindow = std::max<std::size_t>(1, minimumFrames / 2);
    result.novelty = noveltyCurve(input, halfWindow);

    std::vector<double> edges{0.0};
    for (double boundary : pickBoundaries(result.novelty, halfWindow, minimumFrames)) {
        edges.push_back(boundary);
    }
    edges.push_back(static_cast<double>(frames));

    std::vector<SectionLevels> levels;
    for (std::size_t s = 0; s + 1 < edges.size(); ++s) {
        levels.push_back(measureSection(input, static_cast<std::size_t>(std::lround(edges[s])),
                                        static_cast<std::size_t>(std::lround(edges[s + 1]))));
    }
    constexpr double kSilent = -std::numeric_limits<double>::infinity();
    double loudest = kSilent;
    for (const SectionLevels& level : levels) {
        loudest = std::max(loudest, level.loudnessLufs.value_or(kSilent));
    }
    // Relative level of each section to the loudest; silent sections are -inf.
    auto relative = [&](std::size_t s) {
        const double lufs = levels[s].loudnessLufs.value_or(kSilent);
        return lufs == kSilent ? kSilent : lufs - loudest;
    };

    const std::size_t count = levels.size();
    for (std::size_t s = 0; s < count; ++s) {
        const double level = relative(s);
        const bool first = s == 0;
        const bool last = s + 1 == count;
        SectionLabel label = SectionLabel::Verse;
        if (count > 1 && first && level < -kQuietLu) {
            label = SectionLabel::Intro;
        } else if (count > 1 && last && level < -kQuietLu) {
            label = SectionLabel::Outro;
        } else if (!last && levels[s].riseLu >= kBuildRiseLu && relative(s + 1) >= -kLoudLu &&
                   relative(s + 1) > level) {
            label = SectionLabel::Build;
        } else if (count > 1 && level >= -kLoudLu) {
            const bool fromBuild = !first && result.sections.back().label == SectionLabel::Build;
            const bool fromQuiet = !first && relative(s - 1) <= level - kDropJumpLu;
            label = fromBuild || fromQuiet ? SectionLabel::Drop : SectionLabel::Chorus;
        } else if (!first && !last && level < -kBreakdownLu) {
            label = SectionLabel::Breakdown;
        }
        result.sections.push_back(
            {edges[s] * interval, edges[s + 1] * interval, label, levels[s].loudnessLufs});
    }
    return result;
}

std::vector<std::optional<float>>
StructureAnalyzer::centredFrames(const std::vector<std::optional<float>>& trailingSeries,
                                 double seriesIntervalS, double windowS, double frameIntervalS,
                                 std::size_t frameCount) {
    std::vector<std::optional<float>> frames(frameCount);
    if (trailingSeries.empty() || !(seriesIntervalS > 0.0)) {
        return frames;
    }
    const auto lastIndex = static_cast<long>(trailingSeries.size()) - 1;
    // The first entry whose window is full; earlier ones are empty by definition.
    const long firstFull =
        std::min(lastIndex,
                 std::max(0L, static_cast<long>(std::ceil(windowS / seriesIntervalS - 1e-9)) - 1));
    for (std::size_t j = 0; j < frameCount; ++j) {
        const double centreS = (static_cast<double>(j) + 0.5) * frameIntervalS;
        const long index = std::lround((centreS + windowS / 2.0) / seriesIntervalS) - 1;
        frames[j] =
            trailingSeries[static_cast<std::size_t>(std::clamp(index, firstFull, lastIndex))];
    }
    return frames;
}

} // namespace mixscope
