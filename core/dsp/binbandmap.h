#pragma once

#include <cstddef>
#include <vector>

namespace mixscope {

/// Maps the bins of a real FFT onto frequency ranges with fractional weights:
/// bin k stands for [(k - 1/2), (k + 1/2)] * sampleRate / fftSize (clipped to
/// 0 … Nyquist), and its weight in a range is the share of that interval the
/// range covers. So a range narrower than a bin still gets its share of a
/// smooth spectrum, and every bin's weights over adjacent ranges sum to one.
/// Plain value; reduce() is const and thread-safe.
class BinBandMap {
public:
    struct Range {
        double lowHz = 0.0;
        double highHz = 0.0;
    };

    BinBandMap() = default;
    BinBandMap(const std::vector<Range>& ranges, int fftSize, double sampleRateHz);

    std::size_t rangeCount() const { return m_firstBin.size(); }

    /// out[r] = sum over bins k of weight(k, r) * bins[k], for every range.
    /// bins: fftSize / 2 + 1 values; out: rangeCount() values.
    template <typename T> void reduce(const T* bins, double* out) const {
        for (std::size_t r = 0; r < m_firstBin.size(); ++r) {
            double sum = 0.0;
            const std::size_t first = m_firstBin[r];
            for (std::size_t i = m_offsets[r]; i < m_offsets[r + 1]; ++i) {
                sum += m_weights[i] * static_cast<double>(bins[first + i - m_offsets[r]]);
            }
            out[r] = sum;
        }
    }

private:
    std::vector<std::size_t> m_firstBin; ///< per range
    std::vector<std::size_t> m_offsets;  ///< range r's weights: [m_offsets[r], m_offsets[r + 1])
    std::vector<double> m_weights;
};

} // namespace mixscope
