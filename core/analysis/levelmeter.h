#pragma once

#include "core/analysis/levelresult.h"

#include <cstddef>

namespace mixscope {

/// Peak, RMS, crest factor and DC offset of a stereo stream. Constant memory;
/// sums in double so that hours of audio keep full precision. Not thread-safe.
class LevelMeter {
public:
    /// interleaved: frames * 2 floats, L R L R …
    void process(const float* interleaved, std::size_t frames);
    LevelResult finish() const;

private:
    double m_sum[2] = {0.0, 0.0};
    double m_sumOfSquares[2] = {0.0, 0.0};
    float m_peak = 0.0f;
    std::size_t m_frames = 0;
};

} // namespace mixscope
