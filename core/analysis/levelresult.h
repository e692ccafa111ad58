#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace mixscope {

/// Sample-level statistics of a stereo stream. dB values are empty for silence.
struct LevelResult {
    std::optional<double> samplePeakDbfs; ///< highest |sample|, dBFS (0 dBFS = 1.0)
    std::optional<double> rmsDbfs; ///< RMS over both channels, dBFS; a full-scale sine reads -3.01
    std::optional<double> crestDb; ///< samplePeakDbfs - rmsDbfs; a sine reads 3.01 dB
    std::array<double, 2> dcOffsetPercent{}; ///< mean of each channel, percent of full scale

    /// Flat tops: runs of at least kClipRunSamples consecutive samples of one
    /// channel holding the same value at the track's sample peak (within
    /// 0.001 dB), the mark hard clipping leaves whatever level it was turned
    /// to afterwards. A clean peak reaches that level once or twice; a clipped
    /// track does it hundreds of times. Lossy encoding smooths flat tops away
    /// (true peak above 0 dBTP tells that story instead).
    static constexpr int kClipRunSamples = 3;
    static constexpr double kClipIntervalS = 0.5;
    int clippedRunCount = 0;
    std::int64_t clippedSampleCount = 0; ///< samples in those runs, both channels
    /// Start times (s) of the kClipIntervalS-wide intervals holding such runs,
    /// with their run counts; ascending.
    struct ClipInterval {
        double startS = 0.0;
        int runCount = 0;
    };
    std::vector<ClipInterval> clipIntervals;
};

} // namespace mixscope
