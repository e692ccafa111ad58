#include "core/analysis/levelmeter.h"

#include <algorithm>
#include <cmath>

namespace mixscope {

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
    m_frames += frames;
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
    return result;
}

} // namespace mixscope
