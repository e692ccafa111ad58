#pragma once

#include "core/analysis/dynamicsresult.h"
#include "core/analysis/loudnessresult.h"
#include "core/dsp/intervalclock.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace mixscope {

/// Crest over time, PSR, loudness histogram and transient strength of a
/// stereo stream. Keeps a 5 ms peak and power envelope (about 6 MB per hour
/// of audio) so that onsets found later in the pass can be measured. Not
/// thread-safe.
class DynamicsAnalyzer {
public:
    explicit DynamicsAnalyzer(int sampleRateHz);

    /// interleaved: frames * 2 floats, L R L R …
    void process(const float* interleaved, std::size_t frames);

    /// loudness: the same stream's LoudnessMeter result (for PSR and the
    /// histogram); onsetTimesS: note onsets in seconds, ascending.
    DynamicsResult finish(const LoudnessResult& loudness,
                          const std::vector<double>& onsetTimesS) const;

    static constexpr double kEnvelopeIntervalS = 0.005;

private:
    void closeTick();

    IntervalClock m_clock; // 5 ms ticks
    std::size_t m_framesInTick = 0;
    float m_tickPeak = 0.0f;
    double m_tickPower = 0.0;
    std::vector<float> m_peak;       ///< highest |sample| per tick
    std::vector<float> m_meanSquare; ///< mean of L² and R² per tick
};

} // namespace mixscope
