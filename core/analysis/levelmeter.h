#pragma once

#include <cstdint>
#include <vector>

#include "core/analysis/levelresult.h"

#include <cstddef>

namespace mixscope {

/// Peak, RMS, crest factor, DC offset and flat-topped (clipped) runs of a
/// stereo stream. Sums in double so that hours of audio keep full precision.
/// Memory is constant except for the clip intervals (a few bytes per half
/// second that holds a flat top). Not thread-safe.
class LevelMeter {
public:
    /// sampleRateHz places the clip intervals in time; must be > 0.
    explicit LevelMeter(int sampleRateHz);

    /// interleaved: frames * 2 floats, L R L R …
    void process(const float* interleaved, std::size_t frames);
    LevelResult finish() const;

private:
    double m_sum[2] = {0.0, 0.0};
    double m_sumOfSquares[2] = {0.0, 0.0};
    float m_peak = 0.0f;
    std::size_t m_frames = 0;

    void detectFlatTops(const float* interleaved, std::size_t frames);
    void closeRun(int channel, std::size_t endFrame);

    struct FlatTopInterval {
        std::int64_t index = 0; ///< interval number, kClipIntervalS each
        float level = 0.0f;     ///< |value| of its highest flat runs
        int runCount = 0;       ///< runs at that level
        std::int64_t sampleCount = 0;
    };
    double m_sampleRateHz = 0.0;
    float m_runValue[2] = {0.0f, 0.0f};
    int m_runLength[2] = {0, 0};
    std::vector<FlatTopInterval> m_flatTops;
};

} // namespace mixscope
