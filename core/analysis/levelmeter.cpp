#include "core/analysis/levelmeter.h"

#include <algorithm>
#include <cmath>

namespace mixscope {

namespace {

// Runs this far below the peak still count as at the peak: 0.001 dB.
constexpr float kSameLevelRatio = 1.000115f;
// Flat runs below -40 dBFS are fades, digital silence or DC, not clipping.
constexpr float kFlatTopFloor = 0.01f;

} // namespace

LevelMeter::LevelMeter(int sampleRateHz)
    : m_sampleRateHz(sampleRateHz > 0 ? sampleRateHz : 1) {}

void LevelMeter::process(const float* interleaved, std::size_t frames) {
    double sumLeft = 0.0, sumRight = 0.0, squaresLeft = 0.0, squaresRight = 0.0;
    float peak = m_peak;
    for (std::size_t i = 0; i < frames; ++i) {
        const double left = interleaved[2 * i];
        const double right = interleaved[2 * i + 1];
        sumLeft += left;
        sumRight += right;
        squaresLeft += left * left;
        squaresRight += right * right;
        peak = std::max({peak, std::fabs(interleaved[2 * i]), std::fabs(interleaved[2 * i + 1])});
    }
    m_sum[0] += sumLeft;
    m_sum[1] += sumRight;
    m_sumOfSquares[0] += squaresLeft;
    m_sumOfSquares[1] += squaresRight;
    m_peak = peak;
    detectFlatTops(interleaved, frames);
    m_frames += frames;
}

void LevelMeter::detectFlatTops(const float* interleaved, std::size_t frames) {
    for (int channel = 0; channel < 2; ++channel) {
        float runValue = m_runValue[channel];
        int runLength = m_runLength[channel];
        for (std::size_t i = 0; i < frames; ++i) {
            const float value = interleaved[2 * i + static_cast<std::size_t>(channel)];
            if (value == runValue) {
                ++runLength;
                continue;
            }
            if (runLength >= LevelResult::kClipRunSamples) {
                m_runLength[channel] = runLength;
                m_runValue[channel] = runValue;
                closeRun(channel, m_frames + i);
            }
            runValue = value;
            runLength = 1;
        }
        m_runValue[channel] = runValue;
        m_runLength[channel] = runLength;
    }
}

void LevelMeter::closeRun(int channel, std::size_t endFrame) {
    const float level = std::fabs(m_runValue[channel]);
    const int length = m_runLength[channel];
    m_runLength[channel] = 0;
    // A value held longer than the flattest clipped bass (half a 10 Hz cycle)
    // is a constant, e.g. an offset over digital silence, not a clipped wave.
    if (!(level >= kFlatTopFloor) || length > m_sampleRateHz * 0.05) {
        return;
    }
    const auto index = static_cast<std::int64_t>(static_cast<double>(endFrame) / m_sampleRateHz /
                                                 LevelResult::kClipIntervalS);
    if (m_flatTops.empty() || m_flatTops.back().index != index) {
        m_flatTops.push_back({index, level, 0, 0});
    }
    FlatTopInterval& interval = m_flatTops.back();
    if (level > interval.level * kSameLevelRatio) {
        interval = {index, level, 0, 0};
    }
    if (level * kSameLevelRatio >= interval.level) {
        ++interval.runCount;
        interval.sampleCount += length;
    }
}

LevelResult LevelMeter::finish() const {
    LevelResult result;
    if (m_frames == 0) {
        return result;
    }
    const auto count = static_cast<double>(m_frames);
    for (int channel = 0; channel < 2; ++channel) {
        result.dcOffsetPercent[static_cast<std::size_t>(channel)] = 100.0 * m_sum[channel] / count;
    }
    if (m_peak > 0.0f) {
        result.samplePeakDbfs = 20.0 * std::log10(static_cast<double>(m_peak));
    }
    const double meanSquare = (m_sumOfSquares[0] + m_sumOfSquares[1]) / (2.0 * count);
    if (meanSquare > 0.0) {
        result.rmsDbfs = 10.0 * std::log10(meanSquare);
    }
    if (result.samplePeakDbfs && result.rmsDbfs) {
        result.crestDb = *result.samplePeakDbfs - *result.rmsDbfs;
    }

    // A run still open at the end of the stream counts too.
    LevelMeter tail = *this;
    for (int channel = 0; channel < 2; ++channel) {
        if (tail.m_runLength[channel] >= LevelResult::kClipRunSamples) {
            tail.closeRun(channel, m_frames);
        }
    }
    for (const FlatTopInterval& interval : tail.m_flatTops) {
        if (interval.level * kSameLevelRatio >= m_peak) {
            result.clippedRunCount += interval.runCount;
            result.clippedSampleCount += interval.sampleCount;
            result.clipIntervals.push_back(
                {static_cast<double>(interval.index) * LevelResult::kClipIntervalS,
                 interval.runCount});
        }
    }
    return result;
}

} // namespace mixscope
