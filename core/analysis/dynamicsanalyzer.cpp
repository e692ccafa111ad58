#include "core/analysis/dynamicsanalyzer.h"

#include <algorithm>
#include <cmath>

namespace mixscope {

namespace {

constexpr double kAttackEndS = 0.030;
constexpr double kBodyStartS = 0.060;
constexpr double kBodyEndS = 0.160;
constexpr std::size_t kPsrPeakWindowPoints = 30; // 3 s of 0.1 s series points
constexpr double kRelevantRangeLu = 10.0;

std::optional<double> median(std::vector<double> values) {
    if (values.empty()) {
        return std::nullopt;
    }
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1) {
        return *middle;
    }
    return (*middle + *std::max_element(values.begin(), middle)) / 2.0;
}

} // namespace

DynamicsAnalyzer::DynamicsAnalyzer(int sampleRateHz)
    : m_clock(sampleRateHz, kEnvelopeIntervalS) {}

void DynamicsAnalyzer::process(const float* interleaved, std::size_t frames) {
    std::size_t i = 0;
    while (i < frames) {
        const std::size_t take = std::min(frames - i, m_clock.framesUntilBoundary());
        float peak = m_tickPeak;
        double power = 0.0;
        for (std::size_t f = i; f < i + take; ++f) {
            const float left = interleaved[2 * f];
            const float right = interleaved[2 * f + 1];
            peak = std::max({peak, std::fabs(left), std::fabs(right)});
            power += static_cast<double>(left) * left + static_cast<double>(right) * right;
        }
        m_tickPeak = peak;
        m_tickPower += power;
        m_framesInTick += take;
        i += take;
        if (m_clock.advance(take)) {
            closeTick();
        }
    }
}

void DynamicsAnalyzer::closeTick() {
    m_peak.push_back(m_tickPeak);
    m_meanSquare.push_back(
        static_cast<float>(m_tickPower / (2.0 * static_cast<double>(m_framesInTick))));
    m_tickPeak = 0.0f;
    m_tickPower = 0.0;
    m_framesInTick = 0;
}

DynamicsResult DynamicsAnalyzer::finish(const LoudnessResult& loudness,
                                        const std::vector<double>& onsetTimesS) const {
    DynamicsResult result;
    constexpr double tickS = kEnvelopeIntervalS;

    // Crest factor per window.
    const auto ticksPerWindow = std::max<std::size_t>(
        1, static_cast<std::size_t>(std::lround(result.crestIntervalS / tickS)));
    for (std::size_t start = 0; start + ticksPerWindow <= m_peak.size(); start += ticksPerWindow) {
        float peak = 0.0f;
        double power = 0.0;
        for (std::size_t t = start; t < start + ticksPerWindow; ++t) {
            peak = std::max(peak, m_peak[t]);
            power += m_meanSquare[t];
        }
        power /= static_cast<double>(ticksPerWindow);
        result.crestDb.push_back(peak > 0.0f && power > 0.0
                                     ? std::optional<float>(static_cast<float>(
                                           20.0 * std::log10(peak) - 10.0 * std::log10(power)))
                                     : std::nullopt);
    }

    // PSR: recent true peak against short-term loudness.
    const auto& shortTerm = loudness.shortTermLufs;
    const auto& truePeak = loudness.truePeakSeriesDbtp;
    const std::size_t points = std::min(shortTerm.size(), truePeak.size());
    std::vector<double> relevantPsr;
    for (std::size_t i = 0; i < points; ++i) {
        std::optional<float> recentPeak;
        for (std::size_t j = i + 1 > kPsrPeakWindowPoints ? i + 1 - kPsrPeakWindowPoints : 0;
             j <= i; ++j) {
            if (truePeak[j] && (!recentPeak || *truePeak[j] > *recentPeak)) {
                recentPeak = truePeak[j];
            }
        }
        if (!shortTerm[i] || !recentPeak) {
            result.psrSeriesDb.push_back(std::nullopt);
            continue;
        }
        const float psr = *recentPeak - *shortTerm[i];
        result.psrSeriesDb.push_back(psr);
        if (loudness.shortTermMaxLufs &&
            *shortTerm[i] >= *loudness.shortTermMaxLufs - kRelevantRangeLu) {
            relevantPsr.push_back(psr);
        }
    }
    result.psrDb = median(std::move(relevantPsr));

    // Loudness histogram of the short-term series.
    result.loudnessHistogram.assign(static_cast<std::size_t>(-result.histogramFloorLufs), 0.0f);
    std::size_t counted = 0;
    for (const auto& value : shortTerm) {
        if (!value) {
            continue;
        }
        ++counted;
        const double offset = *value - result.histogramFloorLufs;
        const auto bin = static_cast<std::size_t>(
            std::clamp(offset, 0.0, static_cast<double>(result.loudnessHistogram.size() - 1)));
        result.loudnessHistogram[bin] += 1.0f;
    }
    if (counted > 0) {
        for (float& share : result.loudnessHistogram) {
            share /= static_cast<float>(counted);
        }
    }

    // Transient strength at onsets.
    std::vector<double> strengths;
    for (const double onsetS : onsetTimesS) {
        const auto attackBegin = static_cast<std::size_t>(std::max(0.0, onsetS / tickS - 1.0));
        const auto attackEnd = static_cast<std::size_t>((onsetS + kAttackEndS) / tickS);
        const auto bodyBegin = static_cast<std::size_t>((onsetS + kBodyStartS) / tickS);
        const auto bodyEnd = static_cast<std::size_t>((onsetS + kBodyEndS) / tickS);
        if (bodyEnd > m_peak.size()) {
            break;
        }
        const float attackPeak =
            *std::max_element(m_peak.begin() + static_cast<std::ptrdiff_t>(attackBegin),
                              m_peak.begin() + static_cast<std::ptrdiff_t>(attackEnd));
        double bodyPower = 0.0;
        for (std::size_t t = bodyBegin; t < bodyEnd; ++t) {
            bodyPower += m_meanSquare[t];
        }
        bodyPower /= static_cast<double>(bodyEnd - bodyBegin);
        if (attackPeak > 0.0f && bodyPower > 0.0) {
            strengths.push_back(20.0 * std::log10(attackPeak) - 10.0 * std::log10(bodyPower));
        }
    }
    result.transientCount = static_cast<int>(strengths.size());
    result.transientStrengthDb = median(std::move(strengths));
    return result;
}

} // namespace mixscope
