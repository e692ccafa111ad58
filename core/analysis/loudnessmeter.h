#pragma once

#include "core/analysis/loudnessresult.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace mixscope {

/// EBU R128 loudness of a stereo stream (libebur128 adaptor for the gated
/// loudness; TruePeakMeter for the peaks, several times faster than libebur128's).
/// Feed interleaved stereo blocks with process(), then call finish() once.
/// Memory: libebur128 keeps one value per 400 ms block for gating, plus the
/// two 10 Hz series: about 1 MB per hour of audio. Not thread-safe.
class LoudnessMeter {
public:
    /// sampleRateHz between 16 Hz and 2.8 MHz (libebur128's own limits).
    explicit LoudnessMeter(int sampleRateHz);
    ~LoudnessMeter();
    LoudnessMeter(const LoudnessMeter&) = delete;
    LoudnessMeter& operator=(const LoudnessMeter&) = delete;

    /// interleaved: frames * 2 floats, L R L R …, full scale ±1.0.
    void process(const float* interleaved, std::size_t frames);

    LoudnessResult finish();

private:
    void recordSeriesPoint();

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace mixscope
