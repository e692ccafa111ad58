#pragma once

#include <array>
#include <optional>

namespace mixscope {

/// Sample-level statistics of a stereo stream. dB values are empty for silence.
struct LevelResult {
    std::optional<double> samplePeakDbfs; ///< highest |sample|, dBFS (0 dBFS = 1.0)
    std::optional<double> rmsDbfs; ///< RMS over both channels, dBFS; a full-scale sine reads -3.01
    std::optional<double> crestDb; ///< samplePeakDbfs - rmsDbfs; a sine reads 3.01 dB
    std::array<double, 2> dcOffsetPercent{}; ///< mean of each channel, percent of full scale
};

} // namespace mixscope
