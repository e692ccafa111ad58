#include "core/dsp/binbandmap.h"

#include <algorithm>
#include <cmath>

namespace mixscope {

BinBandMap::BinBandMap(const std::vector<Range>& ranges, int fftSize, double sampleRateHz) {
    m_offsets.push_back(0);
    if (fftSize < 2 || sampleRateHz <= 0.0) {
        return;
    }
    const double binHz = sampleRateHz / fftSize;
    const double nyquistHz = sampleRateHz / 2.0;
    const int lastBin = fftSize / 2;
    for (const Range& range : ranges) {
        const double low = std::clamp(range.lowHz, 0.0, nyquistHz);
        const double high = std::clamp(range.highHz, low, nyquistHz);
        const int first = std::clamp(static_cast<int>(std::floor(low / binHz + 0.5)), 0, lastBin);
        const int last =
            std::clamp(static_cast<int>(std::floor(high / binHz + 0.5)), first, lastBin);
        m_firstBin.push_back(static_cast<std::size_t>(first));
        for (int k = first; k <= last; ++k) {
            const double binLow = std::max((k - 0.5) * binHz, 0.0);
            const double binHigh = std::min((k + 0.5) * binHz, nyquistHz);
            const double overlap = std::max(0.0, std::min(high, binHigh) - std::max(low, binLow));
            m_weights.push_back(overlap / binHz);
        }
        m_offsets.push_back(m_weights.size());
    }
}

} // namespace mixscope
