#pragma once

#include "core/analysis/loudnessresult.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace mixscope {

/// EBU R128 loudness of a stereo stream per ITU-R BS.1770-4 and EBU Tech
/// 3341/3342: K-weighting, 400 ms gating blocks every 100 ms with the -70 LUFS
/// absolute and -10 LU relative gates, loudness range from the 3 s short-term
/// loudness every 100 ms; TruePeakMeter for the peaks. Our own implementation,
/// about ten times cheaper per sample than libebur128, which the tests keep as
/// the reference it must agree with.
/// Feed interleaved stereo blocks with process(), then call finish() once.
/// Memory: a few values per 100 ms (gating blocks and the series), about
/// 2 MB per hour of audio. Not thread-safe.
class LoudnessMeter {
public:
    /// sampleRateHz: any positive rate (Mixscope decodes 8–384 kHz).
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
